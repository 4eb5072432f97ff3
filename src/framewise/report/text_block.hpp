#pragma once

#include <framewise/report/recommendation.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace framewise::report {

// `text` in SGR colour `sgr` (e.g. "1;31") when `color` is on.
std::string paint(std::string_view text, std::string_view sgr, Color color);

// Appends `text` to `out`, wrapped to `width` columns, each line indented by
// `indent` spaces.
void append_paragraph(std::string& out, std::string_view text, std::size_t indent, std::size_t width);

// `text` padded with spaces to `columns` display columns (never cut).
std::string pad_right(std::string_view text, std::size_t columns);

// `text` cut to at most `columns` display columns, ending in "..." when cut.
std::string truncate(std::string_view text, std::size_t columns);

} // namespace framewise::report
