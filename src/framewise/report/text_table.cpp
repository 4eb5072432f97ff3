#include <framewise/report/text_table.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

namespace framewise::report {

namespace {

constexpr std::size_t k_column_gap = 2;
constexpr std::size_t k_min_column_width = 6;

// `text` wrapped to `width`, with words longer than `width` cut into pieces.
std::vector<std::string>
wrap_cell(std::string_view text, std::size_t width)
{
  std::vector<std::string> lines;
  for (auto& line : wrap(text, width)) {
    std::string_view rest = line;
    while (display_width(rest) > width) {
      const std::size_t cut = offset_of_column(rest, width);
      lines.emplace_back(rest.substr(0, cut));
      rest.remove_prefix(cut);
    }
    lines.emplace_back(rest);
  }
  if (lines.empty()) {
    lines.emplace_back();
  }
  return lines;
}

} // namespace

std::vector<std::size_t>
text_table_widths(const TextTable& table, std::size_t width)
{
  std::vector<std::size_t> widths(table.header.size(), 1);
  const auto widen = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], display_width(cells[c]));
    }
  };
  widen(table.header);
  for (const auto& row : table.rows) {
    widen(row);
  }
  const std::size_t gaps = k_column_gap * (widths.empty() ? 0 : widths.size() - 1);
  const std::size_t available = width > gaps ? width - gaps : widths.size() * k_min_column_width;
  while (std::accumulate(widths.begin(), widths.end(), std::size_t{0}) > available) {
    const auto widest = std::max_element(widths.begin(), widths.end());
    if (*widest <= k_min_column_width) {
      break; // too narrow to fit: let the lines run long rather than unreadable
    }
    --*widest;
  }
  return widths;
}

bool
cuts_words(const TextTable& table, const std::vector<std::size_t>& widths)
{
  const auto cut = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
      for (const auto& word : wrap(cells[c], 1)) { // one word a line
        if (display_width(word) > widths[c]) {
          return true;
        }
      }
    }
    return false;
  };
  return cut(table.header) || std::any_of(table.rows.begin(), table.rows.end(), cut);
}

std::string
render_text_table(const TextTable& table, std::size_t width, Color color)
{
  return render_text_table(table, text_table_widths(table, width), color);
}

std::string
render_text_table(const TextTable& table, const std::vector<std::size_t>& widths, Color color)
{
  const auto render_row = [&](const std::vector<std::string>& cells, bool header) {
    std::vector<std::vector<std::string>> wrapped;
    std::size_t height = 1;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      wrapped.push_back(wrap_cell(flowing_text(c < cells.size() ? cells[c] : ""), widths[c]));
      height = std::max(height, wrapped.back().size());
    }
    std::string out;
    for (std::size_t line = 0; line < height; ++line) {
      std::string text;
      for (std::size_t c = 0; c < widths.size(); ++c) {
        const std::string& cell = line < wrapped[c].size() ? wrapped[c][line] : "";
        const bool last = c + 1 == widths.size();
        const std::string padded = last ? cell : pad_right(cell, widths[c] + k_column_gap);
        // Paint the cell, not its padding: colour codes would count towards the width.
        text += header && !cell.empty() ? paint(cell, "1", color) + padded.substr(cell.size()) : padded;
      }
      while (!text.empty() && text.back() == ' ') {
        text.pop_back();
      }
      out += text + "\n";
    }
    return std::pair{out, height};
  };

  std::string out = render_row(table.header, true).first;
  std::vector<std::string> rule;
  for (const std::size_t w : widths) {
    rule.emplace_back(w, '-');
  }
  out += fmt::format("{}\n", fmt::join(rule, std::string(k_column_gap, ' ')));
  std::vector<std::pair<std::string, std::size_t>> rows;
  bool any_wraps = false;
  for (const auto& row : table.rows) {
    rows.push_back(render_row(row, false));
    any_wraps = any_wraps || rows.back().second > 1;
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (any_wraps && r > 0) {
      out += "\n";
    }
    out += rows[r].first;
  }
  return out;
}

} // namespace framewise::report
