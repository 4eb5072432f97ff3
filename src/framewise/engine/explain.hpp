#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <cstdint>
#include <vector>

namespace framewise::engine {

// What became of one scoring rule for a profile.
enum class RuleState : std::uint8_t
{
  fired,     // its condition holds: its effects count
  not_fired, // its condition fails on the answers given
  open       // it waits on unanswered questions (unknown), so it adds nothing
};

// A comparison of a rule's condition that decided its state.
struct DecidingComparison
{
  std::uint32_t node = 0;                     // index into Rule::when.nodes
  model::Truth truth = model::Truth::unknown; // of that comparison on its own
};

struct RuleVerdict
{
  std::uint32_t rule = 0;
  RuleState state = RuleState::open;
  std::vector<DecidingComparison> deciding; // in node order
};

// How far one answer moved each framework, by one rule a user can check by
// hand: each fired rule's effect is split equally among the answers that
// decide it (deciding_questions), to a tenth of a point, the leftover tenths
// going one each to its first deciding questions in questionnaire order. So the
// column of each framework, with Explanation::unattributed, adds up exactly to
// its raw total, and an `any:` whose parts all hold credits each of them.
struct AnswerEffect
{
  std::uint32_t question = 0;
  std::vector<double> moved; // raw points, one per framework
};

struct Explanation
{
  std::vector<RuleVerdict> rules;        // every scoring rule, in pack order
  std::vector<AnswerEffect> sensitivity; // answers that moved something, largest first
  // Per framework, the effects of the fired rules that no answer decides: a
  // rule that always applies, or fires because questions are unanswered
  // (`answered: false`). Zero when there is none.
  std::vector<double> unattributed;
};

// Every rule's state with the comparisons that decided it, and each answer's
// share of the totals (see AnswerEffect), ordered by the largest move on any
// framework (then by the sum of moves, then questionnaire order). Pure.
Explanation explain(const model::RulePack& pack, const model::Answers& answers);

// The larger of |moved[f]| over the frameworks.
double largest_move(const AnswerEffect& effect);

} // namespace framewise::engine
