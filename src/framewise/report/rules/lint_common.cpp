#include <framewise/report/rules/lint_common.hpp>
#include <framewise/report/rules/lint_report.hpp>

#include <algorithm>

namespace framewise::report {

namespace lint_detail {

const char*
severity_word(engine::LintSeverity severity)
{
  return severity == engine::LintSeverity::error ? "error" : "warning";
}

std::size_t
count_of(const std::vector<engine::LintProblem>& problems, engine::LintSeverity severity)
{
  return static_cast<std::size_t>(
    std::count_if(problems.begin(), problems.end(),
                  [&](const engine::LintProblem& problem) { return problem.severity == severity; }));
}

} // namespace lint_detail

bool
lint_fails(const std::vector<engine::LintProblem>& problems, bool strict)
{
  return lint_detail::count_of(problems, engine::LintSeverity::error) > 0 ||
         (strict && lint_detail::count_of(problems, engine::LintSeverity::warning) > 0);
}

} // namespace framewise::report
