#include <framewise/report/check/check.hpp>
#include <framewise/report/check/severity_names.hpp>

#include <fmt/format.h>

namespace framewise::report {

namespace {

// GitHub's workflow-command escaping: the message may span lines only as %0A,
// and a property value may not contain ':' or ',' either.
std::string
escape(std::string_view text, bool property)
{
  std::string out;
  for (const char c : text) {
    switch (c) {
    case '%':
      out += "%25";
      break;
    case '\r':
      out += "%0D";
      break;
    case '\n':
      out += "%0A";
      break;
    case ':':
      out += property ? "%3A" : ":";
      break;
    case ',':
      out += property ? "%2C" : ",";
      break;
    default:
      out += c;
    }
  }
  return out;
}

} // namespace

std::string
render_check_github(const CheckRun& run)
{
  const std::vector<CheckRule> rules = check_rules(run);
  std::string out;
  for (const auto& profile : run.profiles) {
    for (const auto& finding : check_findings(run, rules, profile)) {
      const CheckRule& rule = rules[finding.rule];
      const model::SourcePos& at = finding.locations.front().pos;
      std::string message = fmt::format("{}\nfix: {}", finding.message, finding.fix);
      if (finding.waiver != nullptr) {
        message = fmt::format("waived: {}\n{}", finding.waiver->reason, message);
      }
      if (const std::string answers = answers_summary(run, profile, finding); !answers.empty()) {
        message += fmt::format("\nanswers: {}", answers);
      }
      out += fmt::format("::{} file={},line={},col={},title={}::{}\n",
                         finding.waiver != nullptr ? "notice" : severity_name(finding.severity, k_github_severities),
                         escape(at.file, true), at.line, at.column,
                         escape(fmt::format("framewise {}: {}", rule.id, rule.title), true), escape(message, false));
    }
  }
  return out;
}

} // namespace framewise::report
