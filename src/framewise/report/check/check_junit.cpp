#include <framewise/report/check/check.hpp>
#include <framewise/report/xml_text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::report {

namespace {

std::string
testsuite(const CheckRun& run, const std::vector<CheckRule>& rules, const CheckedProfile& profile)
{
  const std::vector<CheckFinding> findings = check_findings(run, rules, profile);
  const auto failures =
    std::count_if(findings.begin(), findings.end(), [](const CheckFinding& finding) { return finding.fails_gate; });
  const auto skipped = std::count_if(findings.begin(), findings.end(),
                                     [](const CheckFinding& finding) { return finding.waiver != nullptr; });
  std::string out = fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
                                xml_escaped(profile.path), rules.size(), failures, skipped);
  for (std::size_t r = 0; r < rules.size(); ++r) {
    const CheckRule& rule = rules[r];
    const auto finding =
      std::find_if(findings.begin(), findings.end(), [&](const CheckFinding& entry) { return entry.rule == r; });
    out += fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\"", xml_escaped(profile.path),
                       xml_escaped(rule.id), xml_escaped(profile.path));
    if (finding == findings.end()) {
      out += "/>\n";
      continue;
    }
    const model::SourcePos& at = finding->locations.front();
    std::string body =
      fmt::format("{}:{}:{}: {} {}\n{}.\n{}\nfix: {}\n", at.file, at.line, at.column,
                  model::to_string(finding->severity), rule.id, rule.title, finding->message, finding->fix);
    if (const std::string answers = answers_summary(run, profile, *finding); !answers.empty()) {
      body += fmt::format("answers: {}\n", answers);
    }
    out += fmt::format(" line=\"{}\">\n", at.line);
    if (finding->waiver != nullptr) {
      // Waived: JUnit's "skipped", with the team's reason as its message.
      const std::string until =
        finding->waiver->until ? fmt::format(" (until {})", model::to_string(*finding->waiver->until)) : "";
      out += fmt::format("      <skipped message=\"waived{}: {}\"/>\n      <system-out>{}</system-out>\n",
                         xml_escaped(until), xml_escaped(finding->waiver->reason), xml_escaped(body));
    } else if (finding->fails_gate) {
      out += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", xml_escaped(rule.title),
                         model::to_string(finding->severity), xml_escaped(body));
    } else {
      // Fired, but below --fail-on: the case passes and keeps the finding as output.
      out += fmt::format("      <system-out>{}</system-out>\n", xml_escaped(body));
    }
    out += "    </testcase>\n";
  }
  return out + "  </testsuite>\n";
}

} // namespace

std::string
render_check_junit(const CheckRun& run)
{
  const std::vector<CheckRule> rules = check_rules(run);
  std::string suites;
  std::size_t failures = 0;
  for (const auto& profile : run.profiles) {
    for (const auto& finding : check_findings(run, rules, profile)) {
      failures += finding.fails_gate ? 1 : 0;
    }
    suites += testsuite(run, rules, profile);
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<testsuites name=\"framewise check\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}"
                     "</testsuites>\n",
                     rules.size() * run.profiles.size(), failures, suites);
}

} // namespace framewise::report
