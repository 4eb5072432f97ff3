#pragma once

#include <optional>
#include <string>

namespace framewise::cli {

// Why `path` cannot be written by write_file_atomically (which creates a
// temporary file beside it, then renames it over `path`), in words a user can
// act on: "the directory 'missing' does not exist", "'out' is a directory",
// "cannot create files in 'ro': Permission denied". Nothing when it can.
// Checked before any work whose result would go there, so a questionnaire or
// a check never runs only to find its output has nowhere to go.
std::optional<std::string> unwritable_reason(const std::string& path);

} // namespace framewise::cli
