#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace framewise::report {

// `text` made safe to print: input is data, never terminal commands. Every
// control character (C0 including ESC, BEL, backspace, CR, tab and line feed;
// DEL) and every byte that is not UTF-8 is shown as "\x1B"; C1 controls and
// the invisible direction and line-separator characters (U+200E-200F,
// U+2028-202E, U+2066-2069) as "\u009B", "\u202E". So ESC [ 2 J prints as
// the 7 characters \x1B[2J, and an OSC 8 link or OSC 52 clipboard write never
// reaches the terminal intact.
// Every text renderer and diagnostic printer passes each piece of input text
// (names, items, rule-pack text, file paths, source lines) through this; only
// framewise's own colour codes are added after it.
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
