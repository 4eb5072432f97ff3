#pragma once

#include <framewise/scan/dependency.hpp>

#include <string>
#include <string_view>

namespace framewise::scan {

// Readers of the TOML manifests, over toml++ (Debian's libtomlplusplus-dev).
// Each takes the file's text and its path (for messages and positions only);
// a file that is not valid TOML gives one error at toml++'s position, and a
// value of the wrong type an error at that value. Requirement strings are
// PEP 508 (scan/requirement.hpp).

// pyproject.toml: PEP 621 [project] dependencies (declared) and
// optional-dependencies (optional); PEP 735 [dependency-groups] (group; an
// `{include-group = "name"}` must name a group of the file, without a cycle);
// Poetry's [tool.poetry.dependencies] (declared; `optional = true` is an
// extra), [tool.poetry.dev-dependencies] and [tool.poetry.group.NAME.dependencies]
// (group); [tool.pdm.dev-dependencies], [tool.uv] dev-dependencies and Hatch's
// [tool.hatch.envs.NAME] dependencies (group). A field named in
// project.dynamic is noted as unknown.
ManifestRead read_pyproject(std::string_view text, const std::string& path);

// Pipfile: [packages] is declared, [dev-packages] and any other category a group.
ManifestRead read_pipfile(std::string_view text, const std::string& path);

// poetry.lock and uv.lock: every [[package]] is a lock entry (the project's
// own editable or virtual entry in uv.lock excluded).
ManifestRead read_toml_lock(std::string_view text, const std::string& path);

} // namespace framewise::scan
