#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace framewise::engine {

// One answer changed (or given, for an unanswered question).
struct AnswerChange
{
  std::uint32_t question = 0;
  model::Answer answer;
  // How big the change is, for ordering: for an answered integer question the
  // relative distance |new - old| / max(|new|, |old|, 1), in (0, 1]; for any
  // other change 1 (one answer given or changed).
  double size = 1;
};

// A single-answer change that changes the top pick.
struct FlipPoint
{
  AnswerChange change;
  std::uint32_t pick = 0; // the framework picked after the change
  double margin = 0;      // its lead, in score points, as Result::margin
};

// The fewest answer changes that make `framework` the pick.
struct PathTo
{
  std::uint32_t framework = 0;
  bool found = false;                // false: no set of up to k_max_path_changes does
  std::vector<AnswerChange> changes; // on distinct questions, in questionnaire order
  double margin = 0;                 // its lead after the changes
};

struct WhatIf
{
  std::vector<FlipPoint> flips; // smallest change first
  std::vector<PathTo> paths;    // one per framework that is not first, in ranking order
};

inline constexpr std::size_t k_max_path_changes = 3;

// Every single-answer change, to an answered or an unanswered question, that
// changes the pick. The answers tried per question are engine::candidate_answers
// plus, for a list, every subset of up to 6 options and the current answer with
// one option added or removed, reduced to one per class of answers that no scoring rule can tell apart, so
// for a number it is the nearest value across each threshold. For a number only
// the nearest change to each new pick is kept. Ordered by AnswerChange::size,
// then changes to unanswered questions first, then questionnaire order. Every
// claim is checked by a full evaluation. Pure.
std::vector<FlipPoint> flip_points(const model::RulePack& pack, const model::Answers& answers);

// flip_points, and for each framework that is not first the smallest set of up
// to k_max_path_changes answer changes that makes it the pick: among the sets
// of that size, the smallest total change, then the widest lead. The search
// re-evaluates only the rules that read a changed question and skips every
// combination that provably cannot close the gap. Pure.
WhatIf what_if(const model::RulePack& pack, const model::Answers& answers);

// `answers` with `changes` applied.
model::Answers with_changes(const model::Answers& answers, std::span<const AnswerChange> changes);

} // namespace framewise::engine
