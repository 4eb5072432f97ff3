// engine::ScoringPlan, the compiled form of scoring for many profiles, must
// give the totals of the plain rule-by-rule add_up bit for bit, and the same
// pick, on the built-in pack and on generated packs of every operator, for
// answers both typical and odd (out of range, lists whose count disagrees with
// their items).
#include "helpers.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>
#include <framewise/engine/scoring_plan.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <bit>
#include <algorithm>
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
  constexpr std::int64_t k_values[] = {std::numeric_limits<std::int64_t>::min(),
                                       std::numeric_limits<std::int64_t>::max(), -1, 0, 1, 2, 63, 64, 1000};
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
      answers[q].item_count = static_cast<std::uint32_t>(std::popcount(answers[q].items)) +
                              (random() % 5 == 0 ? 1U : 0U); // a free-form item
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
  const engine::ScoringPlan plan(pack);
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

// A generated pack: `questions` questions of the four types in turn and rules
// nesting all/any/not over every operator the YAML offers, with effects that
// are whole or halves, and maybe tenths (tenths are not exact in binary, so
// the order of the additions shows in the last bit: such packs take the
// plan's other path).
enum class Effects { whole_and_halves, with_tenths };

std::string
generated_pack(std::size_t questions, std::size_t frameworks, std::uint64_t seed,
               Effects kind = Effects::with_tenths)
{
  std::mt19937_64 random(seed);
  std::string yaml = "frameworks:\n";
  for (std::size_t f = 0; f < frameworks; ++f) {
    yaml += fmt::format("  - {{id: f{}, name: F{}, source: s}}\n", f, f);
  }
  yaml += "questions:\n";
  for (std::size_t q = 0; q < questions; ++q) {
    const char* types[] = {"type: boolean", "type: choice, options: [o0, o1, o2, o3]",
                           "type: integer, min: -50, max: 1000", "type: list, open: true, options: [o0, o1, o2, o3, o4]"};
    yaml += fmt::format("  - {{id: q{}, prompt: p, help: h, {}, source: s}}\n", q, types[q % 4]);
  }
  const auto comparison = [&](std::size_t q) -> std::string {
    if (random() % 8 == 0) {
      return fmt::format("{{q: q{}, answered: {}}}", q, random() % 2 == 0 ? "true" : "false");
    }
    switch (q % 4) {
    case 0:
      return fmt::format("{{q: q{}, {}: {}}}", q, random() % 2 == 0 ? "eq" : "ne",
                         random() % 2 == 0 ? "true" : "false");
    case 1:
      if (random() % 2 == 0) {
        return fmt::format("{{q: q{}, {}: o{}}}", q, random() % 2 == 0 ? "eq" : "ne", random() % 4);
      }
      return fmt::format("{{q: q{}, in: [o{}, o{}]}}", q, random() % 4, random() % 4);
    case 2: {
      const char* ops[] = {"eq", "ne", "lt", "lte", "gt", "gte"};
      return fmt::format("{{q: q{}, {}: {}}}", q, ops[random() % 6], static_cast<int>(random() % 1050) - 50);
    }
    default:
      return fmt::format("{{q: q{}, contains: [o{}, o{}]}}", q, random() % 5, random() % 5);
    }
  };
  std::function<std::string(int)> condition = [&](int depth) -> std::string {
    const auto shape = random() % 6;
    if (depth >= 3 || shape < 3) {
      return comparison(random() % questions);
    }
    if (shape == 3) {
      return fmt::format("{{not: {}}}", condition(depth + 1));
    }
    std::string parts;
    for (std::size_t p = 0, count = 1 + random() % 3; p < count; ++p) {
      parts += (p == 0 ? "" : ", ") + condition(depth + 1);
    }
    return fmt::format("{{{}: [{}]}}", shape == 4 ? "all" : "any", parts);
  };
  yaml += "rules:\n";
  for (std::size_t r = 0; r < questions * 3; ++r) {
    std::string effects;
    for (std::size_t f = 0; f < frameworks; ++f) {
      if (random() % 2 == 0) {
        const double steps[] = {1.0, 0.5, 0.1};
        const double step = steps[random() % (kind == Effects::with_tenths ? 3 : 2)];
        const double magnitude = static_cast<double>(1 + random() % 90) * step;
        effects += fmt::format("{}f{}: {}", effects.empty() ? "" : ", ", f, random() % 2 == 0 ? magnitude : -magnitude);
      }
    }
    if (effects.empty()) {
      effects = "f0: 1";
    }
    yaml += fmt::format("  - {{id: r{}, when: {}, effects: {{{}}}, reason: r, source: s}}\n", r, condition(0), effects);
  }
  return yaml;
}

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
  CHECK(engine::ScoringPlan(test::builtin_pack()).uses_tables());
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
        const engine::ScoringPlan plan(pack);
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
  rule({}, {1.5, 0, -2}); // an empty condition always holds
  rule({node(Op::set_eq, list, 1, 0, 0b101)}, {3, -1, 0});
  rule({node(Op::set_ne, list, 1, 0, 0b11)}, {0, 2.25, 0});
  rule({node(Op::unanswered, 2)}, {-4, 0, 4});
  rule({node(Op::not_, 2, 2), node(Op::unanswered, 2)}, {0, 0.125, 0.75});
  rule({node(Op::any, 0, 3), node(Op::eq, pick, 1, 1), node(Op::answered, pick)}, {7, 0, 0});
  rule({node(Op::all, 0, 3), node(Op::unanswered, pick), node(Op::contains, list, 1, 0, 0b10)}, {0, 0, 9});
  rule({node(Op::all, 0, 1)}, {0, 1, 0});                      // a lone node is read as a comparison
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
    CHECK(engine::ScoringPlan(pack).uses_tables());
    check_plan(pack, 5, 2000);
  }
  SUBCASE("with flags")
  {
    pack.rules.back().effects[1] = 0.1;
    CHECK_FALSE(engine::ScoringPlan(pack).uses_tables());
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
  CHECK(engine::ScoringPlan(pack).uses_tables());
  const engine::ScoringPlan plan(pack);
  for (const std::int64_t value : {k_min, k_min + 1, k_min + 2, std::int64_t{0}, k_max - 4, k_max - 3, k_max - 1, k_max}) {
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
