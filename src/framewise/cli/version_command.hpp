#pragma once

#include <optional>
#include <string>

namespace framewise::cli {

// What `framewise --version` prints: "framewise 0.1.0 (v0.1.0-3-gabc1234-dirty)\n",
// without the parenthesis when the build knows no git revision.
std::string version_text();

// The same for scripts: {"name", "version", "git_describe"} (null when unknown).
std::string version_json();

// Handles `framewise --version [--format text|json]` (the options in any order,
// no command): prints the version and returns the exit status. Any other
// command line returns nothing and goes to the usual parser.
std::optional<int> run_version_request(int argc, const char* const* argv);

} // namespace framewise::cli
