#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <cstdint>
#include <vector>

namespace framewise::engine {

// What became of one scoring rule for a profile.
enum class RuleState : std::uint8_t {
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

// How far one answer moved each framework: the raw totals with the answer
// minus the raw totals with the question left unanswered.
struct AnswerEffect
{
  std::uint32_t question = 0;
  std::vector<double> moved; // raw points, one per framework
};

struct Explanation
{
  std::vector<RuleVerdict> rules;        // every scoring rule, in pack order
  std::vector<AnswerEffect> sensitivity; // answers that moved something, largest first
};

// Every rule's state with the comparisons that decided it, and the sensitivity
// of the totals to each answer, ordered by the largest move on any framework
// (then by the sum of moves, then questionnaire order). Pure.
Explanation explain(const model::RulePack& pack, const model::Answers& answers);

// The larger of |moved[f]| over the frameworks.
double largest_move(const AnswerEffect& effect);

} // namespace framewise::engine
