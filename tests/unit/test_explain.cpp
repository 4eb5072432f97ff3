#include "helpers.hpp"

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

  TEST_CASE("sensitivity: how far each answer moved each framework, largest first")
  {
    const auto pack = test::pack_from(k_explain_pack);
    const auto profile = test::profile_from(pack, "answers: {users: 500, kind: api, admin: true}\n");
    const auto explanation = framewise::engine::explain(pack, profile.answers);
    // admin: alpha -2, beta +10; kind=api: alpha +6 (busy) and +1 (not a site,
    // which is unknown without kind); users: alpha +6.
    REQUIRE(explanation.sensitivity.size() == 3);
    CHECK(pack.questions[explanation.sensitivity[0].question].id == "admin");
    CHECK(explanation.sensitivity[0].moved == std::vector<double>{-2, 10});
    CHECK(pack.questions[explanation.sensitivity[1].question].id == "kind");
    CHECK(explanation.sensitivity[1].moved == std::vector<double>{7, 0});
    CHECK(pack.questions[explanation.sensitivity[2].question].id == "users");
    CHECK(explanation.sensitivity[2].moved == std::vector<double>{6, 0});
  }

  TEST_CASE("an answer that moves nothing is left out of the sensitivity table")
  {
    const auto pack = test::pack_from(k_explain_pack);
    const auto profile = test::profile_from(pack, "answers: {stack: [redis]}\n");
    CHECK(framewise::engine::explain(pack, profile.answers).sensitivity.empty());
  }
}
