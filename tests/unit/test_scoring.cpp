#include "helpers.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>

namespace {

const std::string k_scored_pack = std::string(test::k_small_pack) + R"(rules:
  - {id: admin-helps-beta, when: {q: admin, eq: true}, effects: {beta: 10, alpha: -2}, reason: x, source: s}
  - {id: many-users-help-alpha, when: {q: users, gt: 100}, effects: {alpha: 6}, reason: x, source: s}
  - {id: api-helps-alpha, when: {q: kind, eq: api}, effects: {alpha: 3}, reason: x, source: s}
)";

} // namespace

TEST_SUITE("engine::to_score")
{
  TEST_CASE("no evidence is 50, and the curve is symmetric and bounded")
  {
    CHECK(framewise::engine::to_score(0, 20) == doctest::Approx(50));
    CHECK(framewise::engine::to_score(20, 20) == doctest::Approx(73.1).epsilon(0.001));
    CHECK(framewise::engine::to_score(-20, 20) == doctest::Approx(26.9).epsilon(0.001));
    CHECK(framewise::engine::to_score(1000, 20) <= 100);
    CHECK(framewise::engine::to_score(-1000, 20) >= 0);
  }
}

TEST_SUITE("engine::evaluate (ranking)")
{
  TEST_CASE("effects add up per framework and rank best first")
  {
    const auto pack = test::pack_from(k_scored_pack);
    const auto profile = test::profile_from(pack, "answers: {admin: true, users: 500, kind: api}\n");
    const auto result = framewise::engine::evaluate(pack, profile.answers);
    REQUIRE(result.ranking.size() == 2);
    CHECK(result.ranking[0].framework == 1); // beta: +10
    CHECK(result.ranking[0].raw == 10);
    CHECK(result.ranking[1].raw == 7); // alpha: -2 + 6 + 3
    CHECK(result.margin == doctest::Approx(result.ranking[0].score - result.ranking[1].score).epsilon(0.01));
    // Reasons: strongest first, each with the answers that made it fire.
    REQUIRE(result.ranking[1].reasons.size() == 3);
    CHECK(pack.rules[result.ranking[1].reasons[0].rule].id == "many-users-help-alpha");
    CHECK(result.ranking[1].reasons[0].questions == std::vector<std::uint32_t>{1});
  }

  TEST_CASE("missing answers are neutral")
  {
    const auto pack = test::pack_from(k_scored_pack);
    const auto result = framewise::engine::evaluate(pack, test::profile_from(pack, "answers: {}\n").answers);
    CHECK(result.ranking[0].raw == 0);
    CHECK(result.ranking[1].raw == 0);
    CHECK(result.ranking[0].score == 50);
  }

  TEST_CASE("a tie goes to the framework listed first")
  {
    const auto pack = test::pack_from(k_scored_pack);
    const auto result = framewise::engine::evaluate(pack, test::profile_from(pack, "answers: {}\n").answers);
    CHECK(result.ranking[0].framework == 0);
    CHECK(framewise::engine::top_pick(pack, test::profile_from(pack, "answers: {}\n").answers) == 0);
  }

  TEST_CASE("an unanswered question that can flip the pick says how")
  {
    const auto pack = test::pack_from(k_scored_pack);
    const auto profile = test::profile_from(pack, "answers: {users: 500}\n");
    const auto result = framewise::engine::evaluate(pack, profile.answers);
    CHECK(result.ranking[0].framework == 0); // alpha +6
    bool admin_flips = false;
    for (const auto& open : result.unanswered) {
      if (pack.questions[open.question].id == "admin") {
        REQUIRE(open.flip_answer);
        CHECK(open.flip_answer->value == 1);
        CHECK(open.flip_pick == 1);
        admin_flips = true;
      }
      if (pack.questions[open.question].id == "kind") {
        CHECK_FALSE(open.flip_answer); // api only widens alpha's lead
      }
    }
    CHECK(admin_flips);
  }

  TEST_CASE("integer candidates are the thresholds and their neighbours, in range")
  {
    const auto pack = test::pack_from(k_scored_pack);
    const auto candidates = framewise::engine::candidate_answers(pack, 1);
    std::vector<std::int64_t> values;
    for (const auto& candidate : candidates) {
      values.push_back(candidate.value);
    }
    CHECK(values == std::vector<std::int64_t>{99, 100, 101});
  }
}
