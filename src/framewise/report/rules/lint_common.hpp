#pragma once

#include <framewise/engine/pack_lint.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace framewise::report::lint_detail {

// What the text, JSON and SARIF lint reports share: the severity's word (the
// same in all three) and the number of problems of a severity.
const char* severity_word(engine::LintSeverity severity);
std::size_t count_of(const std::vector<engine::LintProblem>& problems, engine::LintSeverity severity);

} // namespace framewise::report::lint_detail
