// framewise::bench::ScoringPlan, the compiled form of scoring for many profiles, must
// give the totals of the plain rule-by-rule add_up bit for bit, and the same
// pick, on the built-in pack and on generated packs of every operator, for
// answers both typical and odd (out of range, lists whose count disagrees with
// their items).
#include "generated_pack.hpp"
#include "helpers.hpp"

#include "scoring_plan.hpp"
#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <limits>
#include <random>

namespace {

namespace model = framewise::model;
namespace engine = framewise::engine;

// Answers that reach every outcome of the pack's comparisons, and values no
// loader would accept, since the plan must agree on any answers.
model::Answers
odd_answers(const model::RulePack& pack, std::mt19937_64& random)
{
  constexpr std::int64_t k_values[] = {
    std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max(), -1, 0, 1, 2, 63, 64, 1000};
  model::Answers answers(pack.questions.size());
  for (std::uint32_t q = 0; q < answers.size(); ++q) {
    const auto candidates = engine::candidate_answers(pack, q);
    switch (random() % 6) {
    case 0:
      continue; // unanswered
    case 1:
      answers[q].answered = true;
      answers[q].value = k_values[random() % std::size(k_values)];
      break;
    default:
      if (!candidates.empty()) {
        answers[q] = candidates[random() % candidates.size()];
      }
      answers[q].answered = true;
      break;
    }
    if (pack.questions[q].type == model::QuestionType::list) {
      answers[q].items = random() % 4 == 0 ? random() : random() & 0x1F;
      answers[q].item_count =
        static_cast<std::uint32_t>(std::popcount(answers[q].items)) + (random() % 5 == 0 ? 1U : 0U); // a free-form item
    }
  }
  return answers;
}

// Same bits, not approximately equal (NaN matches NaN).
bool
same_totals(const std::vector<double>& a, const std::vector<double>& b)
{
  for (std::size_t f = 0; f < a.size(); ++f) {
    if (std::bit_cast<std::uint64_t>(a[f]) != std::bit_cast<std::uint64_t>(b[f]) &&
        !(std::isnan(a[f]) && std::isnan(b[f]))) {
      return false;
    }
  }
  return a.size() == b.size();
}

// Compares the plan with add_up/top_pick on `rounds` random answer sets;
// returns how many distinct picks it saw, so a caller can check the answers
// moved the pick at all.
std::size_t
check_plan(const model::RulePack& pack, std::uint64_t seed, int rounds = 3000)
{
  const framewise::bench::ScoringPlan plan(pack);
  REQUIRE(plan.framework_count() == pack.frameworks.size());
  std::mt19937_64 random(seed);
  std::vector<bool> picked(pack.frameworks.size());
  for (int round = 0; round < rounds; ++round) {
    const model::Answers answers = odd_answers(pack, random);
    std::vector<double> expected(pack.frameworks.size());
    engine::add_up(pack, answers, expected);
    std::vector<double> raw(pack.frameworks.size(), 12345.0);
    plan.add_up(answers, raw);
    INFO("round ", round, ": ", fmt::format("{} vs {}", raw, expected));
    REQUIRE(same_totals(raw, expected));
    const std::uint32_t pick = plan.top_pick(answers);
    REQUIRE(pick == engine::top_pick(pack, answers));
    picked[pick] = true;
  }
  return static_cast<std::size_t>(std::count(picked.begin(), picked.end(), true));
}

using test::Effects;
using test::generated_pack;

model::ConditionNode
node(model::Op op, std::uint32_t subject, std::uint32_t subtree_size = 1, std::int64_t number = 0,
     std::uint64_t mask = 0)
{
  model::ConditionNode made;
  made.op = op;
  made.subject = subject;
  made.subtree_size = subtree_size;
  made.number = number;
  made.mask = mask;
  return made;
}

} // namespace

TEST_CASE("the scoring plan gives add_up's totals and top_pick's pick on the built-in pack")
{
  CHECK(framewise::bench::ScoringPlan(test::builtin_pack()).uses_tables());
  CHECK(check_plan(test::builtin_pack(), 1, 20000) == test::builtin_pack().frameworks.size());
}

TEST_CASE("the scoring plan agrees on generated packs of every operator, nesting and size")
{
  std::size_t mixed = 0; // packs scored by tables and by flags together
  for (const Effects kind : {Effects::whole_and_halves, Effects::with_tenths}) {
    for (const std::size_t frameworks : {2U, 3U, 4U, 5U}) {
      for (const std::size_t questions : {4U, 12U, 40U}) {
        const std::uint64_t seed = frameworks * 100 + questions;
        INFO(frameworks, " frameworks, ", questions, " questions, tenths: ", kind == Effects::with_tenths);
        const model::RulePack pack = test::pack_from(generated_pack(questions, frameworks, seed, kind));
        // Both of the plan's paths are tested: tables need exact sums.
        const framewise::bench::ScoringPlan plan(pack);
        CHECK(plan.uses_tables() == (kind == Effects::whole_and_halves));
        mixed += plan.uses_tables() && plan.rules_by_flags() > 0 ? 1 : 0;
        CHECK(check_plan(pack, seed, 1000) > 1);
      }
    }
  }
  CHECK(mixed > 0);
}

TEST_CASE("the scoring plan agrees on conditions no YAML spells and on effects no loader accepts")
{
  model::RulePack pack = test::pack_from(generated_pack(8, 3, 42, Effects::whole_and_halves));
  const auto rule = [&](std::vector<model::ConditionNode> nodes, std::vector<double> effects) {
    model::Rule made;
    made.id = fmt::format("extra{}", pack.rules.size());
    made.when.nodes = std::move(nodes);
    made.effects = std::move(effects);
    pack.rules.push_back(std::move(made));
  };
  using model::Op;
  constexpr auto pick = model::k_subject_recommendation;
  const std::uint32_t list = 3; // q3 is a list of five options
  rule({}, {1.5, 0, -2});       // an empty condition always holds
  rule({node(Op::set_eq, list, 1, 0, 0b101)}, {3, -1, 0});
  rule({node(Op::set_ne, list, 1, 0, 0b11)}, {0, 2.25, 0});
  rule({node(Op::unanswered, 2)}, {-4, 0, 4});
  rule({node(Op::not_, 2, 2), node(Op::unanswered, 2)}, {0, 0.125, 0.75});
  rule({node(Op::any, 0, 3), node(Op::eq, pick, 1, 1), node(Op::answered, pick)}, {7, 0, 0});
  rule({node(Op::all, 0, 3), node(Op::unanswered, pick), node(Op::contains, list, 1, 0, 0b10)}, {0, 0, 9});
  rule({node(Op::all, 0, 1)}, {0, 1, 0});                       // a lone node is read as a comparison
  rule({node(Op::not_, 0, 2), node(Op::any, 0, 1)}, {0, 0, 1}); // any of nothing does not hold
  rule({node(Op::any, 0, 3), node(Op::all, 0, 1), node(Op::eq, 0, 1, 1)}, {0, 0, 1}); // all of nothing holds
  rule({node(Op::gt, 2, 1, std::numeric_limits<std::int64_t>::max())}, {5, 0, 0});
  rule({node(Op::lte, 2, 1, std::numeric_limits<std::int64_t>::max())}, {0, 5, 0});
  rule({node(Op::lt, 2, 1, std::numeric_limits<std::int64_t>::min())}, {0, 0, 5});
  rule({node(Op::in, 1, 1, 0, ~std::uint64_t{0})}, {1, 1, 0});
  rule({node(Op::gte, 2, 1, std::numeric_limits<std::int64_t>::min())}, {0, 0.5, 0});
  rule({node(Op::eq, 6, 1, std::numeric_limits<std::int64_t>::max())}, {0, 0, 0.25});
  rule({node(Op::any, 0, 3), node(Op::set_eq, 7, 1, 0, ~std::uint64_t{0}), node(Op::contains, 7, 1, 0, 1)}, {2, 0, 0});
  SUBCASE("with tables")
  {
    CHECK(framewise::bench::ScoringPlan(pack).uses_tables());
    check_plan(pack, 5, 2000);
  }
  SUBCASE("with flags")
  {
    pack.rules.back().effects[1] = 0.1;
    CHECK_FALSE(framewise::bench::ScoringPlan(pack).uses_tables());
    check_plan(pack, 5, 2000);
  }

  SUBCASE("an effect that is not finite poisons the totals exactly as add_up does")
  {
    pack.rules.front().effects[1] = std::numeric_limits<double>::infinity();
    check_plan(pack, 6, 500);
    pack.rules.front().effects[1] = std::numeric_limits<double>::quiet_NaN();
    check_plan(pack, 7, 500);
  }
}

TEST_CASE("the scoring plan agrees at the ends of the 64-bit range")
{
  model::RulePack pack = test::pack_from(test::k_small_pack); // kind, users, admin, stack
  constexpr auto k_max = std::numeric_limits<std::int64_t>::max();
  constexpr auto k_min = std::numeric_limits<std::int64_t>::min();
  const auto rule = [&](model::ConditionNode when, std::vector<double> effects) {
    model::Rule made;
    made.when.nodes = {when};
    made.effects = std::move(effects);
    pack.rules.push_back(std::move(made));
  };
  using model::Op;
  rule(node(Op::eq, 1, 1, k_max), {1, 0}); // thresholds close together at the top
  rule(node(Op::gte, 1, 1, k_max - 3), {0, 2});
  rule(node(Op::lt, 2, 1, k_min + 1), {3, 0}); // and at the bottom
  rule(node(Op::ne, 2, 1, k_min), {0, 4});
  CHECK(framewise::bench::ScoringPlan(pack).uses_tables());
  const framewise::bench::ScoringPlan plan(pack);
  for (const std::int64_t value :
       {k_min, k_min + 1, k_min + 2, std::int64_t{0}, k_max - 4, k_max - 3, k_max - 1, k_max}) {
    model::Answers answers(pack.questions.size());
    answers[1] = {true, value, 0, 0};
    answers[2] = {true, value, 0, 0};
    std::vector<double> expected(2);
    std::vector<double> raw(2);
    engine::add_up(pack, answers, expected);
    plan.add_up(answers, raw);
    CHECK(raw == expected);
  }
}
