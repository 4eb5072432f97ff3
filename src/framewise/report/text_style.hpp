#pragma once

#include <framewise/model/pack.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace framewise::report {

// How every text renderer draws: colour, the terminal's width and the glyphs
// it can show. The cli sets it up once (cli::stdout_text_style).

enum class Color
{
  off,
  on
};

// Characters for the score bars: block elements need a UTF-8 terminal.
enum class Glyphs
{
  ascii,
  unicode
};

struct TextStyle
{
  Color color = Color::off;
  std::size_t width = 80; // terminal columns to fit
  Glyphs glyphs = Glyphs::ascii;
};

// Columns a report is laid out in: the terminal's, kept between 40 (still
// readable) and 120 (lines short enough to follow on a wide terminal).
std::size_t report_width(const TextStyle& style);

// Columns the prose of a reference report is wrapped to: the terminal's,
// kept between 40 and 100 (paragraphs read better narrower than tables).
std::size_t prose_width(const TextStyle& style);

// `text` in SGR colour `sgr` (e.g. "1;31") when `color` is on.
std::string paint(std::string_view text, std::string_view sgr, Color color);

// SGR colour of a severity: red error, yellow warning, cyan info.
std::string_view severity_color(model::Severity severity);

} // namespace framewise::report
