#include <framewise/report/terminal_text.hpp>
#include <framewise/report/text_block.hpp>

#include <fmt/format.h>

namespace framewise::report {

std::string
paint(std::string_view text, std::string_view sgr, Color color)
{
  if (color == Color::off) {
    return std::string(text);
  }
  return fmt::format("\x1b[{}m{}\x1b[0m", sgr, text);
}

void
append_paragraph(std::string& out, std::string_view text, std::size_t indent, std::size_t width)
{
  const std::size_t room = width > indent + 10 ? width - indent : 10;
  for (const auto& line : wrap(text, room)) {
    out += fmt::format("{}{}\n", std::string(indent, ' '), line);
  }
}

std::string
pad_right(std::string_view text, std::size_t columns)
{
  std::string padded(text);
  const std::size_t width = display_width(text);
  if (width < columns) {
    padded.append(columns - width, ' ');
  }
  return padded;
}

std::string
truncate(std::string_view text, std::size_t columns)
{
  if (display_width(text) <= columns || columns < 4) {
    return std::string(text);
  }
  std::string out;
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts_code_point = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_code_point && seen++ == columns - 3) {
      break;
    }
    out += text[i];
  }
  return out + "...";
}

} // namespace framewise::report
