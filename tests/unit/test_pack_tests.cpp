// `framewise rules test`: loading a pack's test cases, checking each
// expectation, rule coverage and its rounding, and the reports.
#include "helpers.hpp"

#include <framewise/engine/pack_test_run.hpp>
#include <framewise/load/pack_test_loader.hpp>
#include <framewise/report/rules/pack_test_report.hpp>

namespace {

using framewise::engine::CaseCheck;
using framewise::engine::Coverage;

// alpha gains 10 for an API, beta 10 for an admin; `tied` adds 10 to both.
// A raw lead of 10 points at scale 35 is a lead of 100 * tanh(10 / 70) =
// 14.1898... score points.
const std::string k_pack = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - {id: kind, prompt: p, help: h, type: choice, options: [api, site], source: s}
  - {id: admin, prompt: p, help: h, type: boolean, source: s}
  - {id: tied, prompt: p, help: h, type: boolean, source: s}
rules:
  - {id: api-alpha, when: {q: kind, eq: api}, effects: {alpha: 10}, reason: r, source: s}
  - {id: admin-beta, when: {q: admin, eq: true}, effects: {beta: 10}, reason: r, source: s}
  - {id: tied-both, when: {q: tied, eq: true}, effects: {alpha: 10, beta: 10}, reason: r, source: s}
mistakes:
  - {id: admin-on-alpha, severity: warning, when: {all: [{q: admin, eq: true}, {q: recommendation, eq: alpha}]},
     title: t, message: m, fix: f, source: s}
)";

const framewise::model::RulePack&
pack()
{
  static const auto loaded = test::pack_from(k_pack);
  return loaded;
}

std::vector<framewise::model::PackTestCase>
cases_from(const std::string& text)
{
  framewise::model::Diagnostics diagnostics;
  auto cases = framewise::load::load_pack_tests({"tests/cases.yaml", text}, pack(), diagnostics);
  if (!cases) {
    std::string out;
    for (const auto& diagnostic : diagnostics) {
      out += framewise::report::render_diagnostic(diagnostic);
    }
    throw std::runtime_error("test cases do not load: " + out);
  }
  return std::move(*cases);
}

std::string
case_errors(const std::string& text)
{
  framewise::model::Diagnostics diagnostics;
  const auto cases = framewise::load::load_pack_tests({"tests/cases.yaml", text}, pack(), diagnostics);
  std::string out;
  for (const auto& diagnostic : diagnostics) {
    out += framewise::report::render_diagnostic(diagnostic);
  }
  return cases ? std::string("ok") : out;
}

// The checks that failed for the single case of `text`.
std::vector<CaseCheck>
failed_checks(const std::string& text)
{
  const auto cases = cases_from(text);
  REQUIRE(cases.size() == 1);
  std::vector<CaseCheck> checks;
  for (const auto& failure : framewise::engine::run_case(pack(), cases.front()).failures) {
    checks.push_back(failure.check);
  }
  return checks;
}

std::string
one_case(const std::string& answers, const std::string& expect)
{
  return "cases:\n  - id: c\n    answers: {" + answers + "}\n    expect: {" + expect + "}\n";
}

} // namespace

TEST_SUITE("rules test: expectations")
{
  TEST_CASE("the recommendation must be the decided pick")
  {
    CHECK(failed_checks(one_case("kind: api", "recommendation: alpha")).empty());
    CHECK(failed_checks(one_case("kind: api", "recommendation: beta")) == std::vector{CaseCheck::recommendation});
    // A tie on raw points is no recommendation, even for the framework listed first.
    CHECK(failed_checks(one_case("kind: api, admin: true", "recommendation: alpha")) ==
          std::vector{CaseCheck::recommendation});
    // Nothing answered moves a score: alpha is first by pack order only.
    CHECK(failed_checks(one_case("", "recommendation: alpha")) == std::vector{CaseCheck::recommendation});
  }

  TEST_CASE("ranking names the first places, in order; a tie keeps pack order")
  {
    CHECK(failed_checks(one_case("admin: true", "ranking: [beta]")).empty());
    CHECK(failed_checks(one_case("admin: true", "ranking: [beta, alpha]")).empty());
    CHECK(failed_checks(one_case("admin: true", "ranking: [alpha]")) == std::vector{CaseCheck::ranking});
    CHECK(failed_checks(one_case("tied: true", "ranking: [alpha, beta]")).empty());
  }

  TEST_CASE("min_lead compares the unrounded lead, 14.1898... for a raw lead of 10")
  {
    CHECK(failed_checks(one_case("kind: api", "min_lead: 14.18")).empty());
    CHECK(failed_checks(one_case("kind: api", "min_lead: 14.19")) == std::vector{CaseCheck::min_lead});
    CHECK(failed_checks(one_case("kind: api, admin: true", "min_lead: 0")).empty());
    CHECK(failed_checks(one_case("kind: api, admin: true", "min_lead: 0.01")) == std::vector{CaseCheck::min_lead});
  }

  TEST_CASE("fires and not_fires: rules fire on yes, mistakes when they are findings")
  {
    CHECK(failed_checks(one_case("kind: api", "fires: [api-alpha], not_fires: [admin-beta, admin-on-alpha]")).empty());
    // admin-on-alpha reads the pick: with admin and an API the two tie and
    // alpha is first by pack order, so the mistake fires.
    CHECK(failed_checks(one_case("kind: api, admin: true", "fires: [admin-on-alpha]")).empty());
    CHECK(failed_checks(one_case("admin: true", "fires: [admin-on-alpha]")) == std::vector{CaseCheck::fires});
  }

  TEST_CASE("every failed expectation is reported, in order")
  {
    CHECK(failed_checks(one_case("admin: true", "recommendation: alpha, ranking: [alpha], min_lead: 50, fires: "
                                                "[api-alpha], not_fires: [admin-beta]")) ==
          std::vector{CaseCheck::recommendation, CaseCheck::ranking, CaseCheck::min_lead, CaseCheck::fires,
                      CaseCheck::not_fires});
  }
}

TEST_SUITE("rules test: coverage")
{
  TEST_CASE("the percentage is rounded down, never up")
  {
    Coverage coverage;
    coverage.rule_cases = {1, 1, 0};
    CHECK(coverage.percent() == 66); // 66.67
    coverage.rule_cases.assign(200, 1);
    coverage.rule_cases[0] = 0;
    CHECK(coverage.percent() == 99); // 99.5
    coverage.rule_cases = {3};
    coverage.mistake_cases = {1};
    CHECK(coverage.percent() == 100);
    coverage.mistake_cases = {0};
    CHECK(coverage.percent() == 50);
    CHECK(Coverage{}.percent() == 100); // nothing to cover
  }

  TEST_CASE("coverage counts the cases each rule and mistake fires in")
  {
    const auto cases = cases_from("cases:\n"
                                  "  - {id: a, answers: {kind: api}, expect: {recommendation: alpha}}\n"
                                  "  - {id: b, answers: {kind: api, tied: true}, expect: {recommendation: alpha}}\n");
    std::vector<framewise::engine::CaseOutcome> outcomes;
    for (const auto& test_case : cases) {
      outcomes.push_back(framewise::engine::run_case(pack(), test_case));
    }
    const Coverage coverage = framewise::engine::coverage_of(pack(), outcomes);
    CHECK(coverage.cases == 2);
    CHECK(coverage.rule_cases == std::vector<std::uint32_t>{2, 0, 1});
    CHECK(coverage.mistake_cases == std::vector<std::uint32_t>{0});
    CHECK(coverage.covered() == 2);
    CHECK(coverage.percent() == 50);

    const framewise::report::PackTestRun run{pack(), cases, outcomes, coverage, 50};
    CHECK(framewise::report::render_pack_tests_text(run) ==
          "ok   a\n"
          "ok   b\n"
          "coverage: 2 of 4 rules and mistakes fire in at least one case (50%)\n"
          "  never fires: rule 'admin-beta' at input:10:5\n"
          "  never fires: mistake 'admin-on-alpha' at input:13:5\n"
          "  fires in every case: rule 'api-alpha' at input:9:5\n"
          "coverage 50% meets --min-coverage 50\n"
          "2 passed, 0 failed\n");
    const framewise::report::PackTestRun stricter{pack(), cases, outcomes, coverage, 51};
    CHECK(stricter.coverage_too_low());
  }

  TEST_CASE("a failed case shows expected and actual as a diff")
  {
    const auto cases = cases_from(one_case("admin: true, kind: api", "recommendation: beta, fires: [api-alpha]"));
    const std::vector outcomes{framewise::engine::run_case(pack(), cases.front())};
    const framewise::report::PackTestRun run{pack(), cases, outcomes, framewise::engine::coverage_of(pack(), outcomes),
                                             std::nullopt};
    CHECK(framewise::report::render_pack_tests_text(run) ==
          "FAIL c at tests/cases.yaml:2:5\n"
          "     - recommendation: beta\n"
          "     + recommendation: none: alpha and beta tie on raw points\n"
          "coverage: 3 of 4 rules and mistakes fire in at least one case (75%)\n"
          "  never fires: rule 'tied-both' at input:11:5\n"
          "0 passed, 1 failed\n");
  }
}

TEST_SUITE("rules test: malformed cases")
{
  TEST_CASE("each problem is positioned, with a hint")
  {
    CHECK(case_errors(one_case("kind: api", "recommendation: alpah")) ==
          "tests/cases.yaml:4:30: rules: unknown framework 'alpah'\n"
          "      expect: {recommendation: alpah}\n"
          "                               ^\n"
          "hint: did you mean 'alpha'?\n");
    CHECK(case_errors(one_case("knd: api", "recommendation: alpha"))
            .starts_with("tests/cases.yaml:3:15: rules: unknown question 'knd'"));
    CHECK(case_errors(one_case("kind: api", "fires: [api-alfa]"))
            .find("tests/cases.yaml:4:22: rules: 'api-alfa' is neither a rule nor a mistake of the pack") == 0);
    CHECK(case_errors(one_case("kind: api", "")).find("'expect' of test case 'c' expects nothing") !=
          std::string::npos);
    CHECK(case_errors(one_case("kind: api", "min_lead: 101")).find("'min_lead' 101 is out of range") !=
          std::string::npos);
    CHECK(case_errors(one_case("kind: api", "fires: [api-alpha], not_fires: [api-alpha]"))
            .find("an id is in both 'fires' and 'not_fires'") != std::string::npos);
    CHECK(case_errors(one_case("kind: api", "ranking: [alpha, alpha]")).find("'alpha' is listed twice in 'ranking'") !=
          std::string::npos);
    CHECK(case_errors("cases:\n  - {id: a, answers: {}, expect: {ranking: [alpha]}}\n"
                      "  - {id: a, answers: {}, expect: {ranking: [alpha]}}\n")
            .starts_with("tests/cases.yaml:3:10: rules: duplicate test case id 'a'"));
    CHECK(case_errors("cases:\n  - {answers: {}, expect: {ranking: [alpha]}}\n").find("a test case is missing 'id'") !=
          std::string::npos);
    CHECK(case_errors("case: []\n").find("unknown key 'case'") != std::string::npos);
    CHECK(case_errors("cases: {}\n").find("'cases'") != std::string::npos);
  }
}
