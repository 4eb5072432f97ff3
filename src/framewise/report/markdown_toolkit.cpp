#include <framewise/report/markdown_toolkit.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <string_view>

namespace framewise::report {

std::string
markdown_escape(std::string_view text)
{
  std::string out;
  for (const char c : escape_controls(text)) {
    if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string
markdown_code(std::string_view text)
{
  std::string out = escape_controls(text);
  for (auto& c : out) {
    if (c == '`') {
      c = '\'';
    }
  }
  return "`" + out + "`";
}

std::string
markdown_cell(std::string_view text)
{
  std::string out;
  for (const char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string
markdown_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows)
{
  const auto row_text = [](const std::vector<std::string>& cells) {
    std::vector<std::string> escaped;
    for (const auto& cell : cells) {
      escaped.push_back(markdown_cell(cell));
    }
    return fmt::format("| {} |\n", fmt::join(escaped, " | "));
  };
  std::string out = row_text(header) + "|";
  for (std::size_t i = 0; i < header.size(); ++i) {
    out += "---|";
  }
  out += "\n";
  for (const auto& row : rows) {
    out += row_text(row);
  }
  return out;
}

} // namespace framewise::report
