#pragma once

#include <framewise/report/text_style.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace framewise::report {

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
