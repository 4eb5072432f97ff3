#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace framewise::cli {

// Replaces `path` with `content` so that a reader, or a crash at any moment,
// sees either the old file or the new one, never half of one: writes a
// temporary file beside it, flushes it to disk, then renames it over `path`.
// Returns an error message, or nothing on success.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content);

} // namespace framewise::cli
