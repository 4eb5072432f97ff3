#include "generated_pack.hpp"
#include "helpers.hpp"

#include <framewise/engine/scoring.hpp>

#include <cmath>
#include <random>

#include <framewise/engine/explain.hpp>

namespace {

using framewise::engine::RuleState;
using framewise::model::Truth;

const std::string k_explain_pack = std::string(test::k_small_pack) + R"(rules:
  - {id: admin-helps-beta, when: {q: admin, eq: true}, effects: {beta: 10, alpha: -2}, reason: x, source: s}
  - id: busy-api-helps-alpha
    when:
      all:
        - {q: users, gt: 100}
        - {q: kind, eq: api}
    effects: {alpha: 6}
    reason: x
    source: s
  - id: not-a-site
    when: {not: {q: kind, eq: site}}
    effects: {alpha: 1}
    reason: x
    source: s
)";

} // namespace

TEST_SUITE("engine::explain")
{
  TEST_CASE("each rule is fired, not fired or open, with the comparisons that decided it")
  {
    const auto pack = test::pack_from(k_explain_pack);
    const auto profile = test::profile_from(pack, "answers: {users: 50, kind: api}\n");
    const auto explanation = framewise::engine::explain(pack, profile.answers);
    REQUIRE(explanation.rules.size() == 3);

    const auto& admin = explanation.rules[0];
    CHECK(admin.state == RuleState::open); // admin unanswered
    REQUIRE(admin.deciding.size() == 1);
    CHECK(admin.deciding[0].truth == Truth::unknown);

    const auto& busy = explanation.rules[1];
    CHECK(busy.state == RuleState::not_fired);
    REQUIRE(busy.deciding.size() == 1); // only users > 100 failed; kind = api held
    CHECK(pack.rules[1].when.nodes[busy.deciding[0].node].subject == 1);
    CHECK(busy.deciding[0].truth == Truth::no);

    const auto& not_site = explanation.rules[2];
    CHECK(not_site.state == RuleState::fired);
    REQUIRE(not_site.deciding.size() == 1); // kind = site is false, under `not`
    CHECK(not_site.deciding[0].truth == Truth::no);
  }

  TEST_CASE("sensitivity: each fired rule's effect split equally among the answers that decide it")
  {
    const auto pack = test::pack_from(k_explain_pack);
    const auto profile = test::profile_from(pack, "answers: {users: 500, kind: api, admin: true}\n");
    const auto explanation = framewise::engine::explain(pack, profile.answers);
    // admin: alpha -2, beta +10; busy (+6 alpha) is decided by users and kind,
    // +3 each; not-a-site (+1 alpha) by kind alone. Largest move first.
    REQUIRE(explanation.sensitivity.size() == 3);
    CHECK(pack.questions[explanation.sensitivity[0].question].id == "admin");
    CHECK(explanation.sensitivity[0].moved == std::vector<double>{-2, 10});
    CHECK(pack.questions[explanation.sensitivity[1].question].id == "kind");
    CHECK(explanation.sensitivity[1].moved == std::vector<double>{4, 0});
    CHECK(pack.questions[explanation.sensitivity[2].question].id == "users");
    CHECK(explanation.sensitivity[2].moved == std::vector<double>{3, 0});
    CHECK(explanation.unattributed == std::vector<double>{0, 0});
  }

  TEST_CASE("sensitivity: an any: whose parts all hold credits each; odd splits go by tenths to the first questions")
  {
    const auto pack = test::pack_from(std::string(test::k_small_pack) + R"(rules:
  - id: either
    when: {any: [{q: admin, eq: true}, {q: kind, eq: api}]}
    effects: {alpha: -6}
    reason: x
    source: s
  - id: three-ways
    when: {all: [{q: admin, eq: true}, {q: kind, eq: api}, {q: users, gt: 5}]}
    effects: {beta: 10, alpha: -1}
    reason: x
    source: s
)");
    const auto profile = test::profile_from(pack, "answers: {users: 50, kind: api, admin: true}\n");
    const auto explanation = framewise::engine::explain(pack, profile.answers);
    // either: -3 to kind and admin. three-ways: beta 10 = 3.4 + 3.3 + 3.3 and
    // alpha -1 = -0.4 - 0.3 - 0.3, the extra tenth to the first question in
    // questionnaire order (kind, users, admin).
    REQUIRE(explanation.sensitivity.size() == 3);
    const auto moved_of = [&](std::string_view id) {
      for (const auto& effect : explanation.sensitivity) {
        if (pack.questions[effect.question].id == id) {
          return effect.moved;
        }
      }
      return std::vector<double>{};
    };
    CHECK(moved_of("kind") == std::vector<double>{-3.4, 3.4});
    CHECK(moved_of("users") == std::vector<double>{-0.3, 3.3});
    CHECK(moved_of("admin") == std::vector<double>{-3.3, 3.3});
    CHECK(pack.questions[explanation.sensitivity[0].question].id == "kind");
  }

  TEST_CASE("sensitivity: a rule that fires because a question is unanswered is credited to no answer")
  {
    const auto pack = test::pack_from(std::string(test::k_small_pack) + R"(rules:
  - id: no-admin-said
    when: {any: [{q: admin, answered: false}, {q: admin, eq: false}]}
    effects: {alpha: 4}
    reason: x
    source: s
  - {id: no-users-said, when: {q: users, answered: false}, effects: {beta: 2}, reason: x, source: s}
  - {id: api, when: {q: kind, eq: api}, effects: {beta: 1}, reason: x, source: s}
)");
    const auto profile = test::profile_from(pack, "answers: {kind: api}\n");
    const auto explanation = framewise::engine::explain(pack, profile.answers);
    REQUIRE(explanation.sensitivity.size() == 1);
    CHECK(pack.questions[explanation.sensitivity[0].question].id == "kind");
    CHECK(explanation.sensitivity[0].moved == std::vector<double>{0, 1});
    CHECK(explanation.unattributed == std::vector<double>{4, 2});
    // Once admin is answered false, that answer decides the rule.
    const auto answered = test::profile_from(pack, "answers: {kind: api, admin: false}\n");
    const auto with_admin = framewise::engine::explain(pack, answered.answers);
    CHECK(with_admin.unattributed == std::vector<double>{0, 2});
  }

  TEST_CASE("an answer that moves nothing is left out of the sensitivity table")
  {
    const auto pack = test::pack_from(k_explain_pack);
    const auto profile = test::profile_from(pack, "answers: {stack: [redis]}\n");
    CHECK(framewise::engine::explain(pack, profile.answers).sensitivity.empty());
  }
}

namespace {

// Each framework's column of the sensitivity table, with the unattributed
// rules, adds up to its raw total: exactly in tenths when the effects are
// whole tenths (`tenths`), else to 1e-9.
void
check_columns_add_up(const framewise::model::RulePack& pack, std::uint64_t seed, int rounds, bool tenths)
{
  std::mt19937_64 random(seed);
  std::vector<double> raw(pack.frameworks.size());
  for (int round = 0; round < rounds; ++round) {
    const auto answers = test::random_answers(pack, random);
    framewise::engine::add_up(pack, answers, raw);
    const auto explanation = framewise::engine::explain(pack, answers);
    REQUIRE(explanation.unattributed.size() == raw.size());
    for (std::size_t f = 0; f < raw.size(); ++f) {
      INFO("round ", round, ", framework ", pack.frameworks[f].id);
      if (tenths) {
        long long sum = std::llround(explanation.unattributed[f] * 10);
        for (const auto& effect : explanation.sensitivity) {
          const double shown = effect.moved[f] * 10;
          REQUIRE(std::abs(shown - std::round(shown)) < 1e-9); // a whole number of tenths
          sum += std::llround(shown);
        }
        CHECK(sum == std::llround(raw[f] * 10));
      } else {
        double sum = explanation.unattributed[f];
        for (const auto& effect : explanation.sensitivity) {
          sum += effect.moved[f];
        }
        CHECK(sum == doctest::Approx(raw[f]).epsilon(1e-9));
      }
    }
  }
}

} // namespace

TEST_SUITE("engine::explain (properties)")
{
  TEST_CASE("the sensitivity columns add up to the raw totals, on the built-in pack")
  {
    check_columns_add_up(test::builtin_pack(), 3, 2000, true);
  }

  TEST_CASE("the sensitivity columns add up to the raw totals, on generated packs")
  {
    for (const test::Effects kind : {test::Effects::whole_and_halves, test::Effects::with_tenths}) {
      for (const std::size_t frameworks : {2U, 3U, 5U}) {
        const auto pack = test::pack_from(test::generated_pack(12, frameworks, frameworks + 70, kind));
        check_columns_add_up(pack, frameworks, 300, true);
      }
    }
    // Effects that are not whole tenths are split as they are.
    const auto pack = test::pack_from(std::string(test::k_small_pack) + R"(rules:
  - id: both
    when: {all: [{q: admin, eq: true}, {q: kind, eq: api}, {q: users, gt: 5}]}
    effects: {alpha: 0.25, beta: -1.03}
    reason: x
    source: s
)");
    check_columns_add_up(pack, 5, 200, false);
  }
}
