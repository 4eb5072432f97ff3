#pragma once

// Condition evaluation in the form the hot loops want: inline, so that
// scoring's loop over every rule (add_up, top_pick) compiles into one function
// with no call per rule. Internal to the engine; everyone else calls
// engine::evaluate in condition_eval.hpp, which is built on these.

#include <framewise/engine/condition_eval.hpp>
#include <framewise/model/answer.hpp>
#include <framewise/model/condition.hpp>

#include <bit>
#include <cstdint>

namespace framewise::engine::detail {

using model::ConditionNode;
using model::Op;
using model::Truth;

// Three-valued truth as two flags, so that `all` and `any` combine their parts
// with AND and OR instead of branching on each part: on real (unpredictable)
// answers a branch per part costs more than evaluating every part. For `all`:
// yes when every part is yes, no when any part is no; `any` is the mirror; a
// result with neither flag is unknown. Short-circuiting would give the same
// results, since evaluating a part has no effect.
struct Flags
{
  bool yes = false;
  bool no = false;
};

// `&` rather than `&&`: both sides are plain bools, and `&&` may compile
// to a branch on whether the question was answered, which real answers make
// unpredictable.
inline Flags
flags_of(bool answered, bool holds)
{
  return Flags{static_cast<bool>(answered & holds), static_cast<bool>(answered & !holds)};
}

inline Truth
truth_of(Flags flags)
{
  return flags.yes ? Truth::yes : (flags.no ? Truth::no : Truth::unknown);
}

// One comparison of `answer`, per the node's operator.
inline Flags
compare_answer(const ConditionNode& node, const model::Answer& answer)
{
  switch (node.op) {
  case Op::answered:
    return flags_of(true, answer.answered);
  case Op::unanswered:
    return flags_of(true, !answer.answered);
  case Op::eq:
    return flags_of(answer.answered, answer.value == node.number);
  case Op::ne:
    return flags_of(answer.answered, answer.value != node.number);
  case Op::lt:
    return flags_of(answer.answered, answer.value < node.number);
  case Op::lte:
    return flags_of(answer.answered, answer.value <= node.number);
  case Op::gt:
    return flags_of(answer.answered, answer.value > node.number);
  case Op::gte:
    return flags_of(answer.answered, answer.value >= node.number);
  case Op::in: {
    const auto bit = static_cast<std::uint64_t>(answer.value);
    return flags_of(answer.answered, static_cast<bool>((bit < 64) & (((node.mask >> (bit & 63U)) & 1U) != 0)));
  }
  case Op::contains:
    return flags_of(answer.answered, (answer.items & node.mask) == node.mask);
  case Op::set_eq:
  case Op::set_ne: {
    const bool same = static_cast<bool>((answer.items == node.mask) &
                                        (answer.item_count == static_cast<std::uint32_t>(std::popcount(node.mask))));
    return flags_of(answer.answered, node.op == Op::set_eq ? same : !same);
  }
  default:
    break;
  }
  return Flags{};
}

// A comparison node on `answers`, or on the engine's pick (`recommendation`,
// k_no_pick when there is none yet) for `q: recommendation`.
inline Flags
compare_flags(const ConditionNode& node, const model::Answers& answers, std::uint32_t recommendation)
{
  if (node.subject == model::k_subject_recommendation) {
    model::Answer pick;
    pick.answered = recommendation != k_no_pick;
    pick.value = recommendation;
    return compare_answer(node, pick);
  }
  return compare_answer(node, answers[node.subject]);
}

inline Flags
flags_at(const ConditionNode* nodes, std::size_t at, const model::Answers& answers, std::uint32_t recommendation)
{
  const ConditionNode& node = nodes[at];
  switch (node.op) {
  case Op::all:
  case Op::any: {
    bool every_yes = true;
    bool every_no = true;
    bool some_yes = false;
    bool some_no = false;
    const std::size_t end = at + node.subtree_size;
    for (std::size_t child = at + 1; child < end; child += nodes[child].subtree_size) {
      const ConditionNode& part = nodes[child];
      const Flags flags = part.op == Op::all || part.op == Op::any || part.op == Op::not_
                            ? flags_at(nodes, child, answers, recommendation)
                            : compare_flags(part, answers, recommendation);
      every_yes &= flags.yes;
      every_no &= flags.no;
      some_yes |= flags.yes;
      some_no |= flags.no;
    }
    return node.op == Op::all ? Flags{every_yes, some_no} : Flags{some_yes, every_no};
  }
  case Op::not_: {
    const Flags flags = flags_at(nodes, at + 1, answers, recommendation);
    return Flags{flags.no, flags.yes};
  }
  default:
    return compare_flags(node, answers, recommendation);
  }
}

// The truth of a whole condition; an empty condition is yes.
inline Flags
condition_flags(const model::Condition& condition, const model::Answers& answers, std::uint32_t recommendation)
{
  if (condition.nodes.empty()) {
    return Flags{true, false};
  }
  const ConditionNode& root = condition.nodes.front();
  // Most rules are one comparison: test it right here.
  if (condition.nodes.size() == 1) {
    return compare_flags(root, answers, recommendation);
  }
  return flags_at(condition.nodes.data(), 0, answers, recommendation);
}

} // namespace framewise::engine::detail
