#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/date.hpp>
#include <framewise/model/source_pos.hpp>

#include <optional>
#include <string>
#include <vector>

namespace framewise::model {

// `waivers:` in a profile: the project accepts mistake `id` for `reason`,
// until the end of day `until` (none: no end). Kept as written: whether the
// id names a mistake, and whether the waiver has expired, is the gate's call
// (engine/waivers.hpp), and either is a finding, not a load error.
struct Waiver
{
  std::string id;
  std::string reason;
  std::optional<Date> until;
  SourcePos pos; // of the waiver's `id:`
};

// A loaded project profile: the answers in engine form plus what the engine
// does not need but the reports do (positions, free-form list items).
struct Profile
{
  std::string name;
  Answers answers;                                   // one per question
  std::vector<SourcePos> positions;                  // where each answer was written
  std::vector<std::vector<std::string>> other_items; // open-list items no option names
  std::vector<Waiver> waivers;                       // in file order
  // Per question: comment lines written above the answer when the profile is
  // saved (the evidence of an answer `recommend --scan` took from the code);
  // empty, or shorter than the questions, when there are none.
  std::vector<std::vector<std::string>> answer_comments;
};

} // namespace framewise::model
