#include <framewise/report/rules/lint_common.hpp>
#include <framewise/report/rules/lint_report.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

namespace {

using lint_detail::count_of;
using lint_detail::severity_word;

std::string
plural(std::size_t count, std::string_view one, std::string_view many)
{
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

} // namespace

std::string
render_lint_text(const std::vector<engine::LintProblem>& problems, const std::string& summary, bool strict)
{
  std::string out;
  for (const auto& problem : problems) {
    out +=
      fmt::format("{}:{}:{}: {}: {} [{}]\n", escape_controls(problem.pos.file), problem.pos.line, problem.pos.column,
                  severity_word(problem.severity), escape_controls(problem.message), problem.check);
    if (!problem.hint.empty()) {
      out += fmt::format("hint: {}\n", problem.hint);
    }
  }
  const std::size_t errors = count_of(problems, engine::LintSeverity::error);
  const std::size_t warnings = count_of(problems, engine::LintSeverity::warning);
  if (problems.empty()) {
    out += fmt::format("rule pack OK: {}\n", summary);
  } else {
    out += fmt::format("rule pack {}: {}, {}{}\n", lint_fails(problems, strict) ? "failed" : "passed",
                       plural(errors, "error", "errors"), plural(warnings, "warning", "warnings"),
                       strict && warnings > 0 ? " (--strict: warnings fail)" : "");
  }
  return out;
}

} // namespace framewise::report
