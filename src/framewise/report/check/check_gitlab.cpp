#include <framewise/report/check/check.hpp>
#include <framewise/report/check/severity_names.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace framewise::report {

std::string
render_check_gitlab(const CheckRun& run)
{
  using Json = nlohmann::ordered_json;
  const std::vector<CheckRule> rules = check_rules(run);
  Json issues = Json::array();
  for (const auto& profile : run.profiles) {
    for (const auto& finding : check_findings(run, rules, profile)) {
      if (finding.waiver != nullptr) {
        continue; // Code Quality has no accepted state: a waived finding is not an issue to show
      }
      const CheckRule& rule = rules[finding.rule];
      const model::SourcePos& at = finding.locations.front().pos;
      issues.push_back({{"type", "issue"},
                        {"check_name", rule.id},
                        {"description", fmt::format("{}: {}. {}", rule.id, rule.title, finding.message)},
                        {"content", {{"body", fmt::format("Fix: {}", finding.fix)}}},
                        {"categories", {"Bug Risk"}},
                        {"fingerprint", finding_fingerprint(profile, rule, finding)},
                        {"severity", severity_name(finding.severity, k_gitlab_severities)},
                        {"location", {{"path", at.file}, {"lines", {{"begin", at.line}}}}}});
    }
  }
  return issues.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
