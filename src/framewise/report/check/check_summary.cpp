#include <framewise/report/check/check.hpp>
#include <framewise/report/markdown_toolkit.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

namespace {

std::string
plural(std::size_t count, std::string_view one, std::string_view many)
{
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

struct ProfileCounts
{
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
};

ProfileCounts
counts_of(const std::vector<CheckFinding>& findings)
{
  ProfileCounts counts;
  for (const auto& finding : findings) {
    if (finding.waiver != nullptr) {
      continue; // waived: reported with its reason, counted in no severity
    }
    switch (finding.severity) {
    case model::Severity::error:
      ++counts.errors;
      break;
    case model::Severity::warning:
      ++counts.warnings;
      break;
    case model::Severity::info:
      ++counts.infos;
      break;
    }
  }
  return counts;
}

std::string
counts_text(const ProfileCounts& counts)
{
  return fmt::format("{}, {}, {} info", plural(counts.errors, "error", "errors"),
                     plural(counts.warnings, "warning", "warnings"), counts.infos);
}

std::string
verdict_text(const CheckRun& run)
{
  const CheckTotals totals = check_totals(run);
  return fmt::format("{}: {}, {}, {} info{} in {} (--fail-on {})",
                     totals.failed_profiles > 0 ? "check failed" : "check passed",
                     plural(totals.errors, "error", "errors"), plural(totals.warnings, "warning", "warnings"),
                     totals.infos, totals.waived > 0 ? fmt::format(", {} waived", totals.waived) : "",
                     plural(run.profiles.size(), "profile", "profiles"), model::to_string(run.options.fail_on));
}

const std::string&
pick_name(const CheckRun& run, const CheckedProfile& profile)
{
  return run.pack.frameworks[profile.result.ranking.front().framework].name;
}

} // namespace

std::string
render_check_summary_text(const CheckRun& run)
{
  const std::vector<CheckRule> rules = check_rules(run);
  std::string out = fmt::format("framewise {}\n", verdict_text(run));
  for (const auto& profile : run.profiles) {
    out += fmt::format(
      "  {}: {} ({}); recommends {}\n", escape_controls(profile.path), profile.failed ? "failed" : "passed",
      counts_text(counts_of(check_findings(run, rules, profile))), escape_controls(pick_name(run, profile)));
  }
  return out;
}

std::string
render_check_summary_markdown(const CheckRun& run)
{
  const std::vector<CheckRule> rules = check_rules(run);
  std::string out = fmt::format("## framewise {}\n\n", verdict_text(run));
  out += "| Profile | Result | Errors | Warnings | Info | Recommends |\n"
         "| --- | --- | ---: | ---: | ---: | --- |\n";
  std::string details;
  for (const auto& profile : run.profiles) {
    const std::vector<CheckFinding> findings = check_findings(run, rules, profile);
    const ProfileCounts counts = counts_of(findings);
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", markdown_escape(profile.path),
                       profile.failed ? "**failed**" : "passed", counts.errors, counts.warnings, counts.infos,
                       markdown_escape(pick_name(run, profile)));
    for (const auto& finding : findings) {
      const model::SourcePos& at = finding.locations.front().pos;
      const CheckRule& rule = rules[finding.rule];
      details +=
        fmt::format("- **{}** {} {}: {}. {}\n",
                    finding.waiver != nullptr ? fmt::format("{} (waived: {})", model::to_string(finding.severity),
                                                            markdown_escape(finding.waiver->reason))
                                              : std::string(model::to_string(finding.severity)),
                    markdown_code(fmt::format("{}:{}:{}", at.file, at.line, at.column)), markdown_code(rule.id),
                    markdown_escape(rule.title), markdown_escape(finding.message));
    }
  }
  if (!details.empty()) {
    out += "\n### Findings\n\n" + details;
  }
  return out + "\n";
}

} // namespace framewise::report
