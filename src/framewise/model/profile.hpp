#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/source_pos.hpp>

#include <string>
#include <vector>

namespace framewise::model {

// A loaded project profile: the answers in engine form plus what the engine
// does not need but the reports do (positions, free-form list items).
struct Profile
{
  std::string name;
  Answers answers;                           // one per question
  std::vector<SourcePos> positions;          // where each answer was written
  std::vector<std::vector<std::string>> other_items; // open-list items no option names
};

} // namespace framewise::model
