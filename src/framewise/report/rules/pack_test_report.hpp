#pragma once

#include <framewise/engine/pack_test_run.hpp>
#include <framewise/model/pack.hpp>
#include <framewise/model/pack_test.hpp>

#include <optional>
#include <string>
#include <vector>

namespace framewise::report {

// Everything `framewise rules test` reports: each case with its outcome (same
// order), the rule coverage, and the --min-coverage gate if one was asked for.
struct PackTestRun
{
  const model::RulePack& pack;
  const std::vector<model::PackTestCase>& cases;
  const std::vector<engine::CaseOutcome>& outcomes;
  engine::Coverage coverage;
  std::optional<std::uint32_t> min_coverage;

  std::size_t passed() const;
  std::size_t
  failed() const
  {
    return cases.size() - passed();
  }
  bool
  coverage_too_low() const
  {
    return min_coverage && coverage.percent() < *min_coverage;
  }
};

// One line per case ("ok ID" / "FAIL ID at FILE:LINE:COL"), each failed case
// followed by a diff ("- " the expected value, "+ " the actual one), the
// coverage (rules and mistakes that never fire, or fire in every case when
// there are two cases or more), the --min-coverage verdict, and last the line
// "N passed, M failed".
std::string render_pack_tests_text(const PackTestRun& run);
std::string render_pack_tests_json(const PackTestRun& run);
// A JUnit testsuite with one testcase per case, plus a "rule-coverage"
// testcase when --min-coverage was given.
std::string render_pack_tests_junit(const PackTestRun& run);

// A failure as expected and actual text, for the diff and the reports.
struct CaseDifference
{
  std::string check; // recommendation, ranking, min_lead, fires, not_fires
  std::string expected;
  std::string actual;
};
CaseDifference describe_failure(const model::RulePack& pack, const model::PackTestCase& test_case,
                                const engine::CaseOutcome& outcome, const engine::CaseFailure& failure);

// "rule 'id'" or "mistake 'id'".
std::string item_name(const model::RulePack& pack, const model::PackItemRef& item);
const model::SourcePos& item_pos(const model::RulePack& pack, model::PackItemKind kind, std::size_t index);

} // namespace framewise::report
