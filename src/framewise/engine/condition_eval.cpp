#include <framewise/engine/condition_eval.hpp>

#include <algorithm>
#include <bit>

namespace framewise::engine {

namespace {

using model::ConditionNode;
using model::Op;
using model::Truth;

Truth
from_bool(bool value)
{
  return value ? Truth::yes : Truth::no;
}

Truth
negate(Truth truth)
{
  switch (truth) {
  case Truth::yes:
    return Truth::no;
  case Truth::no:
    return Truth::yes;
  case Truth::unknown:
    break;
  }
  return Truth::unknown;
}

Truth
compare(const ConditionNode& node, const model::Answers& answers, std::uint32_t recommendation)
{
  model::Answer answer;
  if (node.subject == model::k_subject_recommendation) {
    answer.answered = recommendation != k_no_pick;
    answer.value = recommendation;
  } else {
    answer = answers[node.subject];
  }
  if (node.op == Op::answered) {
    return from_bool(answer.answered);
  }
  if (node.op == Op::unanswered) {
    return from_bool(!answer.answered);
  }
  if (!answer.answered) {
    return Truth::unknown;
  }
  switch (node.op) {
  case Op::eq:
    return from_bool(answer.value == node.number);
  case Op::ne:
    return from_bool(answer.value != node.number);
  case Op::lt:
    return from_bool(answer.value < node.number);
  case Op::lte:
    return from_bool(answer.value <= node.number);
  case Op::gt:
    return from_bool(answer.value > node.number);
  case Op::gte:
    return from_bool(answer.value >= node.number);
  case Op::in:
    return from_bool(answer.value >= 0 && answer.value < 64 &&
                     ((node.mask >> answer.value) & 1U) != 0);
  case Op::contains:
    return from_bool((answer.items & node.mask) == node.mask);
  case Op::set_eq:
  case Op::set_ne: {
    const bool same = answer.items == node.mask &&
                      answer.item_count == static_cast<std::uint32_t>(std::popcount(node.mask));
    return from_bool(node.op == Op::set_eq ? same : !same);
  }
  default:
    break;
  }
  return Truth::unknown;
}

Truth
evaluate_at(const ConditionNode* nodes,
            std::size_t at,
            const model::Answers& answers,
            std::uint32_t recommendation)
{
  const ConditionNode& node = nodes[at];
  switch (node.op) {
  case Op::all:
  case Op::any: {
    const Truth decisive = node.op == Op::all ? Truth::no : Truth::yes;
    Truth result = negate(decisive);
    const std::size_t end = at + node.subtree_size;
    for (std::size_t child = at + 1; child < end; child += nodes[child].subtree_size) {
      const Truth truth = evaluate_at(nodes, child, answers, recommendation);
      if (truth == decisive) {
        return decisive;
      }
      if (truth == Truth::unknown) {
        result = Truth::unknown;
      }
    }
    return result;
  }
  case Op::not_:
    return negate(evaluate_at(nodes, at + 1, answers, recommendation));
  default:
    return compare(node, answers, recommendation);
  }
}

// Appends the index of every comparison under `at` whose own truth, read up
// through any `not`, made the node come out `wanted`.
void
collect_at(const ConditionNode* nodes,
           std::size_t at,
           const model::Answers& answers,
           std::uint32_t recommendation,
           Truth wanted,
           std::vector<std::uint32_t>& out)
{
  const ConditionNode& node = nodes[at];
  switch (node.op) {
  case Op::all:
  case Op::any: {
    const std::size_t end = at + node.subtree_size;
    for (std::size_t child = at + 1; child < end; child += nodes[child].subtree_size) {
      if (evaluate_at(nodes, child, answers, recommendation) == wanted) {
        collect_at(nodes, child, answers, recommendation, wanted, out);
      }
    }
    return;
  }
  case Op::not_:
    collect_at(nodes, at + 1, answers, recommendation, negate(wanted), out);
    return;
  default:
    if (node.subject != model::k_subject_recommendation &&
        compare(node, answers, recommendation) == wanted) {
      out.push_back(static_cast<std::uint32_t>(at));
    }
  }
}

} // namespace

model::Truth
evaluate(const model::Condition& condition, const model::Answers& answers, std::uint32_t recommendation)
{
  if (condition.nodes.empty()) {
    return Truth::yes;
  }
  return evaluate_at(condition.nodes.data(), 0, answers, recommendation);
}

std::vector<std::uint32_t>
deciding_questions(const model::Condition& condition,
                   const model::Answers& answers,
                   std::uint32_t recommendation)
{
  std::vector<std::uint32_t> questions;
  if (!condition.nodes.empty() && evaluate(condition, answers, recommendation) == Truth::yes) {
    collect_at(condition.nodes.data(), 0, answers, recommendation, Truth::yes, questions);
  }
  for (auto& question : questions) {
    question = condition.nodes[question].subject;
  }
  std::sort(questions.begin(), questions.end());
  questions.erase(std::unique(questions.begin(), questions.end()), questions.end());
  return questions;
}

std::vector<std::uint32_t>
deciding_nodes(const model::Condition& condition, const model::Answers& answers)
{
  std::vector<std::uint32_t> nodes;
  if (!condition.nodes.empty()) {
    const Truth outcome = evaluate(condition, answers);
    collect_at(condition.nodes.data(), 0, answers, k_no_pick, outcome, nodes);
  }
  return nodes;
}

model::Truth
comparison_truth(const model::ConditionNode& node, const model::Answers& answers)
{
  return compare(node, answers, k_no_pick);
}

} // namespace framewise::engine
