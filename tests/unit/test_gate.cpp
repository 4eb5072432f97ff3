// engine::gate: framework-mismatch, the expectations of --expect and
// --min-margin, and when the gate fails.
#include "helpers.hpp"

#include <framewise/engine/confidence.hpp>
#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/gate.hpp>

#include <fmt/format.h>

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

} // namespace

TEST_SUITE("engine::framework_mismatch")
{
  TEST_CASE("fires exactly when the framework in use trails the pick by more than the clear margin")
  {
    const auto pack = test::pack_from(k_gate_pack);
    std::size_t fired = 0;
    std::size_t quiet = 0;
    for (int lead = 0; lead <= 10; ++lead) {
      CAPTURE(lead);
      const auto run = evaluated(pack, fmt::format("current_framework: beta, lead: {}", lead));
      const auto mismatch = framework_mismatch(pack, run.profile.answers, run.result);
      const double gap = run.result.ranking[0].score - run.result.ranking[1].score;
      const bool beta_trails = run.result.ranking[0].framework == 0;
      CHECK(mismatch.has_value() == (beta_trails && gap > framewise::engine::k_clear_margin + 1e-9));
      if (mismatch) {
        CHECK(mismatch->check == GateCheck::framework_mismatch);
        CHECK(mismatch->severity == Severity::warning);
        CHECK(mismatch->framework == 1);
        CHECK(mismatch->gap == doctest::Approx(gap).epsilon(0.01));
        CHECK(mismatch->questions == std::vector<std::uint32_t>{0});
        ++fired;
      } else {
        ++quiet;
      }
    }
    // The range crosses the margin, so both outcomes were seen.
    CHECK(fired > 0);
    CHECK(quiet > 0);
  }

  TEST_CASE("does not fire for the pick itself, for 'none', or unanswered")
  {
    const auto pack = test::pack_from(k_gate_pack);
    for (const char* answers : {"current_framework: alpha, lead: 10", "current_framework: none, lead: 10", "lead: 10"}) {
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
    const auto run = evaluated(pack, "project_kind: web_app, lifecycle: long_lived, needs_admin: true, needs_auth: true, "
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

  TEST_CASE("--min-margin fails when the pick leads by less")
  {
    const auto pack = test::pack_from(k_gate_pack);
    const auto run = evaluated(pack, "lead: 2");
    framewise::engine::GateOptions options;
    options.min_margin = run.result.margin + 0.1;
    const auto findings = gate_findings(pack, run.profile.answers, run.result, options);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].check == GateCheck::narrow_margin);
    CHECK(findings[0].gap == run.result.margin);
    options.min_margin = run.result.margin;
    CHECK(gate_findings(pack, run.profile.answers, run.result, options).empty());
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
