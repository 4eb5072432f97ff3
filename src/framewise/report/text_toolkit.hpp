#pragma once

// The text toolkit every text renderer uses: making input safe to print,
// measuring and wrapping it, and the paragraph shapes of the reports.
// Tables are text_table.hpp; colour and widths text_style.hpp.

#include <framewise/report/text_style.hpp>

#include <cstddef>
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

// Appends `text` to `out`, wrapped to `width` columns, each line indented by
// `indent` spaces.
void append_paragraph(std::string& out, std::string_view text, std::size_t indent, std::size_t width);

// `text` padded with spaces to `columns` display columns (never cut).
std::string pad_right(std::string_view text, std::size_t columns);

// `text` cut to at most `columns` display columns, ending in "..." when cut.
std::string truncate(std::string_view text, std::size_t columns);

// `text` made safe to wrap and print: line breaks and tabs (a YAML literal
// block) become spaces, other control characters are escaped.
std::string flowing_text(std::string_view text);

// `text` with control characters escaped, wrapped to `width` columns, each
// line indented by `indent` spaces and ending in a newline; empty for no text.
std::string indented(std::string_view text, std::size_t indent, std::size_t width);

// `label` then `text`, wrapped so the continuation lines hang under the text:
//   "  fix: Use async workers (Uvicorn, or\n"
//   "       gunicorn -k ...)\n"
std::string labelled(std::string_view label, std::string_view text, std::size_t indent, std::size_t width);

// `text` as a list item: "- " then the text, continuation lines under the text.
std::string bulleted(std::string_view text, std::size_t indent, std::size_t width);

} // namespace framewise::report
