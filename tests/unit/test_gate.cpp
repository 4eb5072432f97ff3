// engine::gate: framework-mismatch, the expectations of --expect and
// --min-margin, and when the gate fails.
#include "helpers.hpp"

#include <framewise/engine/confidence.hpp>
#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/gate.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace {

using framewise::engine::GateCheck;
using framewise::model::Severity;

// `lead: N` gives alpha 3N points, so the gap between the two grows with N.
const std::string k_gate_pack = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - {id: current_framework, prompt: p, help: h, type: choice, options: [none, alpha, beta], source: s}
  - {id: lead, prompt: p, help: h, type: integer, min: 0, max: 20, source: s}
rules:
  - {id: lead-1, when: {q: lead, gte: 1}, effects: {alpha: 3}, reason: x, source: s}
  - {id: lead-2, when: {q: lead, gte: 2}, effects: {alpha: 3}, reason: x, source: s}
  - {id: lead-3, when: {q: lead, gte: 3}, effects: {alpha: 3}, reason: x, source: s}
  - {id: lead-4, when: {q: lead, gte: 4}, effects: {alpha: 3}, reason: x, source: s}
  - {id: lead-5, when: {q: lead, gte: 5}, effects: {alpha: 3}, reason: x, source: s}
  - {id: lead-6, when: {q: lead, gte: 6}, effects: {alpha: 3}, reason: x, source: s}
  - {id: lead-7, when: {q: lead, gte: 7}, effects: {alpha: 3}, reason: x, source: s}
  - {id: lead-8, when: {q: lead, gte: 8}, effects: {alpha: 3}, reason: x, source: s}
  - {id: lead-9, when: {q: lead, gte: 9}, effects: {alpha: 3}, reason: x, source: s}
  - {id: lead-10, when: {q: lead, gte: 10}, effects: {alpha: 3}, reason: x, source: s}
mistakes:
  - {id: beta-in-use, severity: info, when: {q: current_framework, eq: beta}, title: t, message: m, fix: f, source: s}
)";

struct Evaluated
{
  framewise::model::Profile profile;
  framewise::engine::Result result;
};

Evaluated
evaluated(const framewise::model::RulePack& pack, const std::string& answers)
{
  auto profile = test::profile_from(pack, "answers: {" + answers + "}");
  auto result = framewise::engine::evaluate(pack, profile.answers);
  return {std::move(profile), std::move(result)};
}

// One line of a ranking, by field name so it stays right if fields are added.
framewise::engine::FrameworkResult
entry(std::uint32_t framework, double raw, double score)
{
  framewise::engine::FrameworkResult line;
  line.framework = framework;
  line.raw = raw;
  line.score = score;
  return line;
}

// A result of k_gate_pack stated directly: alpha first with `alpha_score`,
// beta second with `beta_score`.
framewise::engine::Result
result_of(double alpha_score, double beta_score, double margin = -1)
{
  // Raw totals in the same order as the scores, apart: no tie.
  framewise::engine::Result result;
  result.ranking = {entry(0, 10, alpha_score), entry(1, 10 - (alpha_score - beta_score) - 1, beta_score)};
  result.margin = margin >= 0 ? margin : alpha_score - beta_score;
  return result;
}

const std::string k_three_pack = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
  - {id: gamma, name: Gamma, source: s}
questions:
  - {id: current_framework, prompt: p, help: h, type: choice, options: [none, alpha, beta, gamma], source: s}
)";

bool
has_check(const std::vector<framewise::engine::GateFinding>& findings, GateCheck check)
{
  return std::any_of(findings.begin(), findings.end(),
                     [&](const framewise::engine::GateFinding& finding) { return finding.check == check; });
}

} // namespace

TEST_SUITE("engine::framework_mismatch")
{
  TEST_CASE("the lead grows with the answers, and the finding turns on once and stays on")
  {
    // Independent of how raw totals become scores: with no lead there is no
    // mismatch, with a 30-point raw lead there is, and in between the finding,
    // once on, stays on as the lead grows.
    const auto pack = test::pack_from(k_gate_pack);
    bool seen = false;
    std::size_t turned_on = 0;
    for (int lead = 0; lead <= 10; ++lead) {
      CAPTURE(lead);
      const auto run = evaluated(pack, fmt::format("current_framework: beta, lead: {}", lead));
      const auto mismatch = framework_mismatch(pack, run.profile.answers, run.result);
      if (lead == 0) {
        CHECK_FALSE(mismatch.has_value());
      }
      if (lead == 10) {
        CHECK(mismatch.has_value());
      }
      CHECK((seen && !mismatch.has_value()) == false);
      if (mismatch && !seen) {
        ++turned_on;
      }
      seen = seen || mismatch.has_value();
      if (mismatch) {
        CHECK(mismatch->check == GateCheck::framework_mismatch);
        CHECK(mismatch->severity == Severity::warning);
        CHECK(mismatch->framework == 1);
        CHECK(mismatch->questions == std::vector<std::uint32_t>{0});
      }
    }
    CHECK(turned_on == 1);
  }

  TEST_CASE("the clear margin is a strict bound: 14.9 and 15.0 are quiet, 15.1 fires")
  {
    // Scores stated directly, so the boundary does not depend on the score
    // formula. The docs promise "more than 15 points".
    const auto pack = test::pack_from(k_gate_pack);
    const auto profile = test::profile_from(pack, "answers: {current_framework: beta, lead: 5}");
    struct Case
    {
      double pick_score;
      double beta_score;
      bool fires;
      double gap;
    };
    for (const Case c : {Case{60.0, 45.1, false, 0}, Case{60.0, 45.0, false, 0}, Case{60.0, 44.9, true, 15.1},
                         Case{75.0, 60.0, false, 0}, Case{90.0, 10.0, true, 80.0}, Case{50.0, 50.0, false, 0}}) {
      CAPTURE(c.pick_score);
      CAPTURE(c.beta_score);
      const auto result = result_of(c.pick_score, c.beta_score);
      const auto mismatch = framework_mismatch(pack, profile.answers, result);
      REQUIRE(mismatch.has_value() == c.fires);
      if (mismatch) {
        CHECK(mismatch->framework == 1);
        CHECK(mismatch->gap == doctest::Approx(c.gap).epsilon(1e-9));
        CHECK(mismatch->questions == std::vector<std::uint32_t>{0});
      }
    }
  }

  TEST_CASE("the framework in use is found in the ranking wherever it stands")
  {
    // A three-framework ranking where the framework in use is last, not second.
    const auto pack = test::pack_from(k_three_pack);
    const auto profile = test::profile_from(pack, "answers: {current_framework: gamma}");
    framewise::engine::Result result;
    result.ranking = {entry(0, 12, 80.0), entry(1, 6, 70.0), entry(2, 3, 64.9)};
    result.margin = 10.0;
    auto mismatch = framework_mismatch(pack, profile.answers, result);
    REQUIRE(mismatch.has_value());
    CHECK(mismatch->framework == 2);
    CHECK(mismatch->gap == doctest::Approx(15.1));
    // The second framework in use, 10 behind: quiet.
    const auto on_beta = test::profile_from(pack, "answers: {current_framework: beta}");
    CHECK_FALSE(framework_mismatch(pack, on_beta.answers, result).has_value());
    // The pick itself in use: quiet however far behind the others are.
    const auto on_alpha = test::profile_from(pack, "answers: {current_framework: alpha}");
    CHECK_FALSE(framework_mismatch(pack, on_alpha.answers, result).has_value());
  }

  TEST_CASE("does not fire for the pick itself, for 'none', or unanswered")
  {
    const auto pack = test::pack_from(k_gate_pack);
    for (const char* answers :
         {"current_framework: alpha, lead: 10", "current_framework: none, lead: 10", "lead: 10"}) {
      CAPTURE(answers);
      const auto run = evaluated(pack, answers);
      CHECK_FALSE(framework_mismatch(pack, run.profile.answers, run.result).has_value());
    }
  }

  TEST_CASE("a pack without current_framework has no mismatch")
  {
    const auto pack = test::pack_from(test::k_small_pack);
    const auto run = evaluated(pack, "users: 10");
    CHECK_FALSE(framework_mismatch(pack, run.profile.answers, run.result).has_value());
  }

  TEST_CASE("the built-in pack: Flask in use for what Django is clearly better at")
  {
    const auto& pack = test::builtin_pack();
    const auto run =
      evaluated(pack, "project_kind: web_app, lifecycle: long_lived, needs_admin: true, needs_auth: true, "
                      "needs_reporting: true, data_model_tables: 40, current_framework: flask");
    const auto mismatch = framework_mismatch(pack, run.profile.answers, run.result);
    REQUIRE(mismatch.has_value());
    CHECK(pack.frameworks[mismatch->framework].id == "flask");
    CHECK(pack.frameworks[run.result.ranking[0].framework].id == "django");
  }
}

TEST_SUITE("engine::gate_findings and gate_fails")
{
  TEST_CASE("--expect fails on another pick, passes on the pick")
  {
    const auto pack = test::pack_from(k_gate_pack);
    const auto run = evaluated(pack, "lead: 3");
    framewise::engine::GateOptions options;
    options.expect = 1; // beta
    auto findings = gate_findings(pack, run.profile.answers, run.result, options);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].check == GateCheck::unexpected_recommendation);
    CHECK(findings[0].severity == Severity::error);
    CHECK(gate_fails(pack, run.result, findings, Severity::error));
    options.expect = 0; // alpha, the pick
    CHECK(gate_findings(pack, run.profile.answers, run.result, options).empty());
  }

  TEST_CASE("--expect: the pick passes, any other framework fails with that framework named")
  {
    const auto pack = test::pack_from(k_three_pack);
    const auto profile = test::profile_from(pack, "answers: {current_framework: none}");
    framewise::engine::Result result;
    result.ranking = {entry(1, 8, 70.0), entry(0, 4, 60.0), entry(2, 0, 50.0)}; // beta first
    result.margin = 10.0;
    for (std::uint32_t expect = 0; expect < 3; ++expect) {
      CAPTURE(expect);
      framewise::engine::GateOptions options;
      options.expect = expect;
      const auto findings = gate_findings(pack, profile.answers, result, options);
      if (expect == 1) {
        CHECK_FALSE(has_check(findings, GateCheck::unexpected_recommendation));
        continue;
      }
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].check == GateCheck::unexpected_recommendation);
      CHECK(findings[0].severity == Severity::error);
      CHECK(findings[0].framework == expect);
    }
  }

  TEST_CASE("--min-margin N: a lead of exactly N passes, 0.1 less fails")
  {
    // The docs: "fails it when the pick leads by fewer than N points".
    const auto pack = test::pack_from(k_gate_pack);
    const auto profile = test::profile_from(pack, "answers: {lead: 2}");
    struct Case
    {
      double margin;
      double min_margin;
      bool fails;
    };
    for (const Case c :
         {Case{15.0, 15.0, false}, Case{14.9, 15.0, true}, Case{15.1, 15.0, false}, Case{5.0, 5.0, false},
          Case{4.9, 5.0, true}, Case{0.1, 0.2, true}, Case{0.1, 0.1, false}, Case{30.0, 100.0, true}}) {
      CAPTURE(c.margin);
      CAPTURE(c.min_margin);
      const auto result = result_of(60.0, 60.0 - c.margin, c.margin);
      framewise::engine::GateOptions options;
      options.min_margin = c.min_margin;
      const auto findings = gate_findings(pack, profile.answers, result, options);
      CHECK(has_check(findings, GateCheck::narrow_margin) == c.fails);
      for (const auto& finding : findings) {
        if (finding.check == GateCheck::narrow_margin) {
          CHECK(finding.severity == Severity::error);
          CHECK(finding.framework == 1); // the runner-up
          CHECK(finding.gap == doctest::Approx(c.margin));
          CHECK(gate_fails(pack, result, findings, Severity::error));
        }
      }
    }
  }

  TEST_CASE("--min-margin names the runner-up, not the last framework")
  {
    const auto pack = test::pack_from(k_three_pack);
    const auto profile = test::profile_from(pack, "answers: {current_framework: none}");
    framewise::engine::Result result;
    result.ranking = {entry(2, 9, 70.0), entry(0, 8, 68.0), entry(1, -20, 10.0)};
    result.margin = 2.0;
    framewise::engine::GateOptions options;
    options.min_margin = 5.0;
    const auto findings = gate_findings(pack, profile.answers, result, options);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].check == GateCheck::narrow_margin);
    CHECK(findings[0].framework == 0);
    CHECK(findings[0].gap == doctest::Approx(2.0));
  }

  TEST_CASE("without --expect or --min-margin, a narrow lead is no gate finding")
  {
    const auto pack = test::pack_from(k_gate_pack);
    const auto profile = test::profile_from(pack, "answers: {lead: 2}");
    const auto result = result_of(50.1, 50.0);
    const auto findings = gate_findings(pack, profile.answers, result, {});
    CHECK_FALSE(has_check(findings, GateCheck::narrow_margin));
    CHECK_FALSE(has_check(findings, GateCheck::unexpected_recommendation));
    CHECK_FALSE(gate_fails(pack, result, findings, Severity::info));
  }

  TEST_CASE("the gate fails on a finding at or above --fail-on, and only then")
  {
    const auto pack = test::pack_from(k_gate_pack);
    const auto run = evaluated(pack, "current_framework: beta, lead: 10"); // info mistake + warning mismatch
    const auto findings = gate_findings(pack, run.profile.answers, run.result, {});
    REQUIRE(findings.size() == 1);
    CHECK(gate_fails(pack, run.result, findings, Severity::info));
    CHECK(gate_fails(pack, run.result, findings, Severity::warning));
    CHECK_FALSE(gate_fails(pack, run.result, findings, Severity::error));
    // The info mistake alone fails only --fail-on info.
    CHECK(gate_fails(pack, run.result, {}, Severity::info));
    CHECK_FALSE(gate_fails(pack, run.result, {}, Severity::warning));
  }
}
