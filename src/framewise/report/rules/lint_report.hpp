#pragma once

#include <framewise/engine/pack_lint.hpp>

#include <string>
#include <vector>

namespace framewise::report {

// `framewise rules lint` on a pack that loads: each problem at
// file:line:col with its severity, check and hint, and a closing line.
// `summary` is the pack's one-line inventory ("N frameworks, ...").
std::string render_lint_text(const std::vector<engine::LintProblem>& problems, const std::string& summary, bool strict);
// {"passed": bool, "strict": bool, "errors": N, "warnings": M, "problems": [...],
// "layers": [...], "alike": [...]}: `layers` lists what each `--rules DIR` did
// to the layers below it (kind override or disable, section, id, location,
// below); `alike` the `alike:` entries of `questions` (question, options,
// reason, location). A problem without a file has a null location.
// data/schema/output.schema.json, $defs/rules_lint, describes it.
std::string render_lint_json(const std::vector<engine::LintProblem>& problems, bool strict,
                             const std::vector<model::LayerChange>& layers,
                             const std::vector<model::Question>& questions);
// A SARIF 2.1.0 log whose results point into the rule files.
std::string render_lint_sarif(const std::vector<engine::LintProblem>& problems, const std::string& version);

// Whether lint fails: an error, or a warning under --strict.
bool lint_fails(const std::vector<engine::LintProblem>& problems, bool strict);

} // namespace framewise::report
