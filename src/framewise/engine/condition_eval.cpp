#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/condition_flags.hpp>

#include <algorithm>
#include <bit>

namespace framewise::engine {

namespace {

using detail::compare_flags;
using detail::flags_at;
using detail::truth_of;
using model::ConditionNode;
using model::Op;
using model::Truth;

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
  return truth_of(compare_flags(node, answers, recommendation));
}

Truth
evaluate_at(const ConditionNode* nodes, std::size_t at, const model::Answers& answers, std::uint32_t recommendation)
{
  return truth_of(flags_at(nodes, at, answers, recommendation));
}

// Appends the index of every comparison under `at` whose own truth, read up
// through any `not`, made the node come out `wanted`.
void
collect_at(const ConditionNode* nodes, std::size_t at, const model::Answers& answers, std::uint32_t recommendation,
           Truth wanted, std::vector<std::uint32_t>& out)
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
    if (node.subject != model::k_subject_recommendation && compare(node, answers, recommendation) == wanted) {
      out.push_back(static_cast<std::uint32_t>(at));
    }
  }
}

} // namespace

model::Truth
evaluate(const model::Condition& condition, const model::Answers& answers, std::uint32_t recommendation)
{
  return truth_of(detail::condition_flags(condition, answers, recommendation));
}

namespace {

std::vector<std::uint32_t>
questions_of_yes(const model::Condition& condition, const model::Answers& answers, std::uint32_t recommendation)
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

} // namespace

std::vector<std::uint32_t>
deciding_questions(const model::Condition& condition, const model::Answers& answers, std::uint32_t recommendation)
{
  auto questions = questions_of_yes(condition, answers, recommendation);
  std::erase_if(questions, [&](std::uint32_t q) { return q >= answers.size() || !answers[q].answered; });
  return questions;
}

std::vector<std::uint32_t>
firing_questions(const model::Condition& condition, const model::Answers& answers, std::uint32_t recommendation)
{
  return questions_of_yes(condition, answers, recommendation);
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
