#include <framewise/report/check/check.hpp>
#include <framewise/report/xml_text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::report {

namespace {

// The findings of each rule, in rule order: a testcase per rule, failed when
// one of its findings fails the gate (profile-contradicts-code may fire once
// per contradicted answer).
std::vector<std::vector<const CheckFinding*>>
findings_by_rule(const std::vector<CheckRule>& rules, const std::vector<CheckFinding>& findings)
{
  std::vector<std::vector<const CheckFinding*>> by_rule(rules.size());
  for (const auto& finding : findings) {
    by_rule[finding.rule].push_back(&finding);
  }
  return by_rule;
}

bool
fails(const std::vector<const CheckFinding*>& findings)
{
  return std::any_of(findings.begin(), findings.end(), [](const CheckFinding* finding) { return finding->fails_gate; });
}

bool
all_waived(const std::vector<const CheckFinding*>& findings)
{
  return !findings.empty() && std::all_of(findings.begin(), findings.end(),
                                          [](const CheckFinding* finding) { return finding->waiver != nullptr; });
}

std::string
finding_body(const CheckRun& run, const CheckRule& rule, const CheckedProfile& profile, const CheckFinding& finding)
{
  const model::SourcePos& at = finding.locations.front().pos;
  std::string body = fmt::format("{}:{}:{}: {} {}\n{}.\n{}\nfix: {}\n", at.file, at.line, at.column,
                                 model::to_string(finding.severity), rule.id, rule.title, finding.message, finding.fix);
  if (const std::string answers = answers_summary(run, profile, finding); !answers.empty()) {
    body += fmt::format("answers: {}\n", answers);
  }
  return body;
}

std::string
testsuite(const CheckRun& run, const std::vector<CheckRule>& rules, const CheckedProfile& profile)
{
  const std::vector<CheckFinding> findings = check_findings(run, rules, profile);
  const auto by_rule = findings_by_rule(rules, findings);
  const auto failures = std::count_if(by_rule.begin(), by_rule.end(), fails);
  const auto skipped = std::count_if(by_rule.begin(), by_rule.end(), all_waived);
  std::string out = fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
                                xml_escaped(profile.path), rules.size(), failures, skipped);
  for (std::size_t r = 0; r < rules.size(); ++r) {
    const CheckRule& rule = rules[r];
    const auto& fired = by_rule[r];
    // The file the finding points into (a manifest, with --scan), so `line` is a line of it.
    const std::string& file = fired.empty() ? profile.path : fired.front()->locations.front().pos.file;
    out += fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\"", xml_escaped(profile.path),
                       xml_escaped(rule.id), xml_escaped(file));
    if (fired.empty()) {
      out += "/>\n";
      continue;
    }
    std::string body;
    for (const CheckFinding* finding : fired) {
      body += finding_body(run, rule, profile, *finding);
    }
    out += fmt::format(" line=\"{}\">\n", fired.front()->locations.front().pos.line);
    if (all_waived(fired)) {
      // Waived: JUnit's "skipped", with the team's reason as its message.
      const model::Waiver& waiver = *fired.front()->waiver;
      const std::string until = waiver.until ? fmt::format(" (until {})", model::to_string(*waiver.until)) : "";
      out += fmt::format("      <skipped message=\"waived{}: {}\"/>\n      <system-out>{}</system-out>\n",
                         xml_escaped(until), xml_escaped(waiver.reason), xml_escaped(body));
    } else if (fails(fired)) {
      out += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", xml_escaped(rule.title),
                         model::to_string(fired.front()->severity), xml_escaped(body));
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
    const std::vector<CheckFinding> findings = check_findings(run, rules, profile);
    const auto by_rule = findings_by_rule(rules, findings);
    failures += static_cast<std::size_t>(std::count_if(by_rule.begin(), by_rule.end(), fails));
    suites += testsuite(run, rules, profile);
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<testsuites name=\"framewise check\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n{}"
                     "</testsuites>\n",
                     rules.size() * run.profiles.size(), failures, suites);
}

} // namespace framewise::report
