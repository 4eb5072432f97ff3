#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/model/source_pos.hpp>

#include <string>
#include <vector>

namespace framewise::engine {

// What `framewise rules lint` finds in a pack that loads: problems loading
// cannot see because each item is fine alone. Errors make lint fail; warnings
// only with --strict.
enum class LintSeverity : std::uint8_t
{
  warning,
  error
};

struct LintProblem
{
  LintSeverity severity = LintSeverity::warning;
  std::string check;   // a stable id: never-holds, always-holds, framework-never-raised, question-never-read, ...
  std::string message; // names the item and why
  std::string hint;
  model::SourcePos pos;
};

// Runs every check, in pack order: rules and mistakes whose condition can
// never hold (error) or always holds (warning), frameworks no rule raises and
// questions no rule or mistake reads (warnings). "Never" and "always" are
// decided by trying every relevant answer to the questions a condition reads,
// unanswered included: each option, both booleans, each number the
// condition compares with and its neighbours within the question's range,
// and for lists the empty list, each option alone, every option, and each
// set the condition names. A condition whose combinations exceed a bound is
// not judged. Then options that no rule or mistake tells apart, and `alike:`
// entries that no longer hold (alike_lint.hpp). Pure.
std::vector<LintProblem> lint_pack(const model::RulePack& pack);

} // namespace framewise::engine
