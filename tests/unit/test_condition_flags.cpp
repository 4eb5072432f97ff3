// The fast, branch-free evaluation (engine/condition_flags.hpp) must agree
// with the three-valued logic as written down in ARCHITECTURE.md, on every condition
// of the built-in pack and many answer sets. The reference below is the plain
// short-circuit form of that logic, kept deliberately simple.
#include "helpers.hpp"

#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>

#include <bit>
#include <random>

namespace {

namespace model = framewise::model;
namespace engine = framewise::engine;
using model::Op;
using model::Truth;

Truth
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
  case Op::eq: holds = answer.value == node.number; break;
  case Op::ne: holds = answer.value != node.number; break;
  case Op::lt: holds = answer.value < node.number; break;
  case Op::lte: holds = answer.value <= node.number; break;
  case Op::gt: holds = answer.value > node.number; break;
  case Op::gte: holds = answer.value >= node.number; break;
  case Op::in: holds = answer.value >= 0 && answer.value < 64 && ((node.mask >> answer.value) & 1U) != 0; break;
  case Op::contains: holds = (answer.items & node.mask) == node.mask; break;
  case Op::set_eq:
  case Op::set_ne:
    holds = (answer.items == node.mask &&
             answer.item_count == static_cast<std::uint32_t>(std::popcount(node.mask))) == (node.op == Op::set_eq);
    break;
  default: break;
  }
  return holds ? Truth::yes : Truth::no;
}

Truth
reference(const model::Condition& condition, const model::Answers& answers, std::uint32_t pick)
{
  return condition.nodes.empty() ? Truth::yes : reference_at(condition.nodes, 0, answers, pick);
}

// Answers for `pack` in which any question may be unanswered, and answered
// ones take the values the rules test (engine::candidate_answers), plus
// random list items so that `contains` and set comparisons get both outcomes.
model::Answers
random_answers(const model::RulePack& pack, std::mt19937& random)
{
  model::Answers answers(pack.questions.size());
  for (std::uint32_t q = 0; q < answers.size(); ++q) {
    const auto candidates = engine::candidate_answers(pack, q);
    if (random() % 4 == 0 || candidates.empty()) {
      continue;
    }
    answers[q] = candidates[random() % candidates.size()];
    if (pack.questions[q].type == model::QuestionType::list) {
      answers[q].items |= random() & ((std::uint64_t{1} << pack.questions[q].options.size()) - 1);
      answers[q].item_count = static_cast<std::uint32_t>(std::popcount(answers[q].items));
    }
  }
  return answers;
}

} // namespace

TEST_CASE("fast condition evaluation and scoring agree with the plain three-valued logic")
{
  const model::RulePack& pack = test::builtin_pack();
  std::mt19937 random(7);
  std::size_t yes = 0;
  std::size_t no = 0;
  std::size_t unknown = 0;
  for (int round = 0; round < 2000; ++round) {
    const model::Answers answers = random_answers(pack, random);
    std::vector<double> expected(pack.frameworks.size(), 0.0);
    for (const auto& rule : pack.rules) {
      const Truth truth = reference(rule.when, answers, engine::k_no_pick);
      REQUIRE(engine::evaluate(rule.when, answers) == truth);
      yes += truth == Truth::yes ? 1 : 0;
      no += truth == Truth::no ? 1 : 0;
      unknown += truth == Truth::unknown ? 1 : 0;
      for (std::size_t f = 0; f < expected.size() && truth == Truth::yes; ++f) {
        expected[f] += rule.effects[f];
      }
    }
    std::vector<double> raw(pack.frameworks.size());
    engine::add_up(pack, answers, raw);
    REQUIRE(raw == expected); // bit for bit, not approximately
    REQUIRE(engine::top_pick(pack, answers) == engine::best_of(expected));
    for (std::uint32_t pick = 0; pick < pack.frameworks.size(); ++pick) {
      for (const auto& mistake : pack.mistakes) {
        REQUIRE(engine::evaluate(mistake.when, answers, pick) == reference(mistake.when, answers, pick));
      }
    }
  }
  // The answers exercised every outcome, so the comparison could have failed.
  CHECK(yes > 1000);
  CHECK(no > 1000);
  CHECK(unknown > 1000);
}
