#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace framewise::scan {

// Where a TOML text would reach undefined behaviour in toml++ 3.3 (Debian 12's
// libtomlplusplus-dev), which scan reads TOML with. Its test for non-ASCII
// whitespace ends in __builtin_unreachable for most code points from U+00A1
// to U+0499 and from U+2C1E to U+3017 ('é' among them), and the parser asks it
// of a character outside strings and comments, of the character after a
// backslash in a multi-line basic string, and of the first character a
// line-ending backslash's whitespace-trimming stops at. The first two are
// invalid TOML anyway; the third is valid but cannot be read safely. Found by
// the scan_toml fuzz target.
struct TomlHazard
{
  std::uint32_t line = 0;   // 1-based
  std::uint32_t column = 0; // 1-based, in code points
  std::string message;
  std::string hint;
};

// The first such place in `text` (valid UTF-8), or nothing. Linear.
std::optional<TomlHazard> toml_hazard(std::string_view text);

} // namespace framewise::scan
