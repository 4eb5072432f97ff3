#include <framewise/report/rules/pack_test_report.hpp>
#include <framewise/report/xml_text.hpp>

#include <fmt/format.h>

namespace framewise::report {

std::string
render_pack_tests_junit(const PackTestRun& run)
{
  std::string cases;
  for (std::size_t c = 0; c < run.cases.size(); ++c) {
    const auto& test_case = run.cases[c];
    const auto& outcome = run.outcomes[c];
    cases +=
      fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\"", xml_escaped(test_case.pos.file),
                  xml_escaped(test_case.id), xml_escaped(test_case.pos.file), test_case.pos.line);
    if (outcome.passed()) {
      cases += "/>\n";
      continue;
    }
    std::string body;
    for (const auto& failure : outcome.failures) {
      const CaseDifference difference = describe_failure(run.pack, test_case, outcome, failure);
      body +=
        fmt::format("- {}: {}\n+ {}: {}\n", difference.check, difference.expected, difference.check, difference.actual);
    }
    cases += fmt::format(">\n      <failure message=\"{} {} not met\" type=\"expectation\">{}</failure>\n"
                         "    </testcase>\n",
                         outcome.failures.size(), outcome.failures.size() == 1 ? "expectation" : "expectations",
                         xml_escaped(body));
  }
  std::size_t tests = run.cases.size();
  std::size_t failures = run.failed();
  if (run.min_coverage) {
    ++tests;
    cases += "    <testcase classname=\"coverage\" name=\"rule-coverage\"";
    if (run.coverage_too_low()) {
      ++failures;
      cases += fmt::format(">\n      <failure message=\"coverage {}% is below --min-coverage {}\" type=\"coverage\"/>\n"
                           "    </testcase>\n",
                           run.coverage.percent(), *run.min_coverage);
    } else {
      cases += "/>\n";
    }
  }
  return fmt::format(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<testsuites name=\"framewise rules test\" tests=\"{0}\" failures=\"{1}\" errors=\"0\">\n"
    "  <testsuite name=\"framewise rules test\" tests=\"{0}\" failures=\"{1}\" errors=\"0\" skipped=\"0\">\n"
    "{2}"
    "  </testsuite>\n"
    "</testsuites>\n",
    tests, failures, cases);
}

} // namespace framewise::report
