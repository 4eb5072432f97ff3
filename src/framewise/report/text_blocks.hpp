#pragma once

#include <framewise/report/recommendation.hpp>
#include <framewise/report/text_block.hpp> // paint

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::report {

// Building blocks of the reference commands' text output, on top of
// text_block.hpp (paint, append_paragraph, pad_right).

// Terminal columns the prose of a reference report is wrapped to: the
// terminal's, kept between 40 (still readable) and 100 (lines stay short
// enough to read on a wide terminal).
std::size_t prose_width(const TextStyle& style);

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

// A table for the terminal: every column as wide as its widest cell, then the
// widest columns narrowed, their cells wrapped, until the table fits `width`
// (a word longer than its column is cut). Columns are two spaces apart, the
// header is underlined with dashes, and rows are separated by a blank line
// when any cell takes more than one line.
struct TextTable
{
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows; // as many cells as the header
};

std::string render_text_table(const TextTable& table, std::size_t width, Color color);

// The column widths render_text_table gives `table` at `width`, and the table
// drawn with given widths: tables that share widths line up with each other.
std::vector<std::size_t> text_table_widths(const TextTable& table, std::size_t width);
std::string render_text_table(const TextTable& table, const std::vector<std::size_t>& widths, Color color);

// Whether `widths` are too narrow for some word of `table`, which would then be
// cut in pieces: the sign to show the rows another way.
bool cuts_words(const TextTable& table, const std::vector<std::size_t>& widths);

} // namespace framewise::report
