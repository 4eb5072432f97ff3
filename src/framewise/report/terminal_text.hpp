#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace framewise::report {

// `text` with every control character (C0, DEL, C1) and every byte that is not
// UTF-8 shown as a visible escape such as "\x1B", so input echoed in a message
// can never drive the terminal.
std::string escape_controls(std::string_view text);

// Splits `text` into lines of at most `width` columns at spaces (a longer word
// gets a line of its own). Columns are counted as UTF-8 code points.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

// Number of terminal columns `text` takes, counting UTF-8 code points.
std::size_t display_width(std::string_view text);

// Byte offset of code point `column` (0-based) in `text`; its size when
// `text` is narrower.
std::size_t offset_of_column(std::string_view text, std::size_t column);

} // namespace framewise::report
