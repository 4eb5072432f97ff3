#pragma once

// The three-valued logic of conditions in its plain short-circuit form, kept
// deliberately simple: the oracle that engine::evaluate (the branch-free
// engine/condition_flags.hpp) is compared with, by tests/unit/
// test_condition_flags.cpp and the condition fuzz target.

#include <framewise/engine/condition_eval.hpp>
#include <framewise/model/answer.hpp>
#include <framewise/model/condition.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace framewise::test {

namespace reference_detail {

namespace model = framewise::model;
namespace engine = framewise::engine;
using model::Op;
using model::Truth;

inline Truth
reference_at(const std::vector<model::ConditionNode>& nodes, std::size_t at, const model::Answers& answers,
             std::uint32_t pick)
{
  const model::ConditionNode& node = nodes[at];
  if (node.op == Op::all || node.op == Op::any) {
    const Truth decisive = node.op == Op::all ? Truth::no : Truth::yes;
    Truth result = node.op == Op::all ? Truth::yes : Truth::no;
    for (std::size_t child = at + 1; child < at + node.subtree_size; child += nodes[child].subtree_size) {
      const Truth truth = reference_at(nodes, child, answers, pick);
      if (truth == decisive) {
        return decisive;
      }
      if (truth == Truth::unknown) {
        result = Truth::unknown;
      }
    }
    return result;
  }
  if (node.op == Op::not_) {
    const Truth truth = reference_at(nodes, at + 1, answers, pick);
    return truth == Truth::unknown ? truth : (truth == Truth::yes ? Truth::no : Truth::yes);
  }
  model::Answer answer;
  if (node.subject == model::k_subject_recommendation) {
    answer.answered = pick != engine::k_no_pick;
    answer.value = pick;
  } else {
    answer = answers[node.subject];
  }
  if (node.op == Op::answered || node.op == Op::unanswered) {
    return answer.answered == (node.op == Op::answered) ? Truth::yes : Truth::no;
  }
  if (!answer.answered) {
    return Truth::unknown;
  }
  bool holds = false;
  switch (node.op) {
  case Op::eq:
    holds = answer.value == node.number;
    break;
  case Op::ne:
    holds = answer.value != node.number;
    break;
  case Op::lt:
    holds = answer.value < node.number;
    break;
  case Op::lte:
    holds = answer.value <= node.number;
    break;
  case Op::gt:
    holds = answer.value > node.number;
    break;
  case Op::gte:
    holds = answer.value >= node.number;
    break;
  case Op::in:
    holds = answer.value >= 0 && answer.value < 64 && ((node.mask >> answer.value) & 1U) != 0;
    break;
  case Op::contains:
    holds = (answer.items & node.mask) == node.mask;
    break;
  case Op::set_eq:
  case Op::set_ne:
    holds = (answer.items == node.mask && answer.item_count == static_cast<std::uint32_t>(std::popcount(node.mask))) ==
            (node.op == Op::set_eq);
    break;
  default:
    break;
  }
  return holds ? Truth::yes : Truth::no;
}

} // namespace reference_detail

// The truth of `condition` over `answers`, with `pick` as the recommendation
// (engine::k_no_pick: none yet).
inline model::Truth
reference(const model::Condition& condition, const model::Answers& answers, std::uint32_t pick)
{
  return condition.nodes.empty() ? model::Truth::yes
                                 : reference_detail::reference_at(condition.nodes, 0, answers, pick);
}

} // namespace framewise::test
