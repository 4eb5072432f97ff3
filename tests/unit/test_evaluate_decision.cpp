// A pick with no evidence behind it, or one that only the pack's order puts
// first, is no recommendation (engine::Decision): the gate's no-decision check
// fails --expect and --min-margin on it and is an info finding otherwise.
#include "helpers.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/gate.hpp>

namespace {

namespace engine = framewise::engine;
using framewise::model::Severity;

const std::string k_decision_pack = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
  - {id: gamma, name: Gamma, source: s}
questions:
  - {id: admin, prompt: p, help: h, type: boolean, source: s}
  - {id: users, prompt: p, help: h, type: integer, min: 0, max: 1000, source: s}
rules:
  - {id: admin-even, when: {q: admin, eq: true}, effects: {alpha: 2, beta: 2}, reason: x, source: s}
  - {id: many-users, when: {q: users, gt: 100}, effects: {beta: 1}, reason: x, source: s}
  - {id: no-users-said, when: {q: users, answered: false}, effects: {gamma: -5}, reason: x, source: s}
)";

engine::Result
result_for(const framewise::model::RulePack& pack, const std::string& answers)
{
  return engine::evaluate(pack, test::profile_from(pack, "answers: {" + answers + "}\n").answers);
}

std::vector<engine::GateFinding>
no_decision_findings(const framewise::model::RulePack& pack, const engine::Result& result,
                     const engine::GateOptions& options)
{
  auto findings = engine::gate_findings(pack, test::profile_from(pack, "answers: {}\n").answers, result, options);
  std::erase_if(findings, [](const engine::GateFinding& f) { return f.check != engine::GateCheck::no_decision; });
  return findings;
}

} // namespace

TEST_SUITE("engine::decision_of")
{
  TEST_CASE("nothing answered: no answer moves a score, even when a rule on a missing answer fired")
  {
    const auto pack = test::pack_from(k_decision_pack);
    const auto result = result_for(pack, "");
    CHECK(result.ranking[2].raw == -5); // no-users-said fired, on no answer
    CHECK(result.decision == engine::Decision::nothing_answered);
    // An answer that fires nothing is no evidence either.
    CHECK(result_for(pack, "admin: false").decision == engine::Decision::nothing_answered);
  }

  TEST_CASE("a tie of the first two raw totals is no decision; one raw point is")
  {
    const auto pack = test::pack_from(k_decision_pack);
    CHECK(result_for(pack, "admin: true").decision == engine::Decision::tie);
    const auto ahead = result_for(pack, "admin: true, users: 101");
    CHECK(ahead.decision == engine::Decision::decided);
    CHECK(ahead.ranking[0].framework == 1);
    CHECK(result_for(pack, "admin: true, users: 100").decision == engine::Decision::tie);
    // A single answer that moves one framework decides.
    CHECK(result_for(pack, "users: 500").decision == engine::Decision::decided);
  }
}

TEST_SUITE("engine::gate_findings (no-decision)")
{
  TEST_CASE("an undecided pick fails --expect and --min-margin, and is info without them")
  {
    const auto pack = test::pack_from(k_decision_pack);
    for (const std::string answers : {"", "admin: true"}) {
      INFO("answers: ", answers);
      const auto result = result_for(pack, answers);
      const auto plain = no_decision_findings(pack, result, {});
      REQUIRE(plain.size() == 1);
      CHECK(plain[0].severity == Severity::info);
      CHECK_FALSE(engine::gate_fails(pack, result, plain, Severity::warning));
      CHECK(engine::gate_fails(pack, result, plain, Severity::info));

      engine::GateOptions expect;
      expect.expect = result.ranking.front().framework; // the pick by pack order
      const auto expected = no_decision_findings(pack, result, expect);
      REQUIRE(expected.size() == 1);
      CHECK(expected[0].severity == Severity::error);

      engine::GateOptions margin;
      margin.min_margin = 0; // even a margin of 0 asks for a decided pick
      const auto margins = no_decision_findings(pack, result, margin);
      REQUIRE(margins.size() == 1);
      CHECK(margins[0].severity == Severity::error);
      CHECK(engine::gate_fails(pack, result, margins, Severity::error));
    }
  }

  TEST_CASE("a decided pick has no no-decision finding")
  {
    const auto pack = test::pack_from(k_decision_pack);
    engine::GateOptions options;
    options.expect = 1;
    options.min_margin = 0;
    CHECK(no_decision_findings(pack, result_for(pack, "users: 500"), options).empty());
    CHECK(no_decision_findings(pack, result_for(pack, "users: 500"), {}).empty());
  }
}
