// The fast, branch-free evaluation (engine/condition_flags.hpp) must agree
// with the three-valued logic as written down in ARCHITECTURE.md, on every condition
// of the built-in pack and many answer sets. The reference
// (tests/common/reference_condition_eval.hpp) is the plain short-circuit form
// of that logic, kept deliberately simple; the condition fuzz target uses it too.
#include "helpers.hpp"
#include "reference_condition_eval.hpp"

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

using framewise::test::reference;

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
