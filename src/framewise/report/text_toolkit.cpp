#include <framewise/model/utf8.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

namespace {

// True for the three-byte sequences of U+200E..U+200F, U+2028..U+202E and
// U+2066..U+2069: direction marks, overrides and isolates, and line and
// paragraph separators. They are not control characters, but they reorder or
// break the text around them, so a name could look like something it is not.
bool
is_invisible_format(std::string_view text, std::size_t i, std::size_t length)
{
  if (length != 3 || static_cast<unsigned char>(text[i]) != 0xE2) {
    return false;
  }
  const auto second = static_cast<unsigned char>(text[i + 1]);
  const auto third = static_cast<unsigned char>(text[i + 2]);
  return (second == 0x80 && ((third >= 0x8E && third <= 0x8F) || (third >= 0xA8 && third <= 0xAE))) ||
         (second == 0x81 && third >= 0xA6 && third <= 0xA9);
}

} // namespace

std::string
escape_controls(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = model::utf8_sequence_length(text, i);
    if (length == 0) {
      out += fmt::format("\\x{:02X}", byte); // not UTF-8: show the byte
    } else if (is_invisible_format(text, i, length)) {
      const unsigned code = ((byte & 0x0FU) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3FU) << 6) |
                            (static_cast<unsigned char>(text[i + 2]) & 0x3FU);
      out += fmt::format("\\u{:04X}", code);
      i += 2;
    } else if (length > 1 && !(byte == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F)) {
      out.append(text.substr(i, length));
      i += length - 1;
    } else if (byte < 0x20 || byte == 0x7F) {
      out += fmt::format("\\x{:02X}", byte);
    } else if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned char>(text[i + 1]));
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::size_t
display_width(std::string_view text)
{
  std::size_t width = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++width;
    }
  }
  return width;
}

std::size_t
offset_of_column(std::string_view text, std::size_t column)
{
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (seen == column) {
        return i;
      }
      ++seen;
    }
  }
  return text.size();
}

std::vector<std::string>
wrap(std::string_view text, std::size_t width)
{
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start < text.size()) {
    while (start < text.size() && (text[start] == ' ' || text[start] == '\n')) {
      ++start;
    }
    std::size_t end = start;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n') {
      ++end;
    }
    if (end == start) {
      break;
    }
    const std::string_view word = text.substr(start, end - start);
    if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (!line.empty()) {
      line += ' ';
    }
    line += word;
    start = end;
  }
  if (!line.empty()) {
    lines.push_back(std::move(line));
  }
  return lines;
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

std::string
flowing_text(std::string_view text)
{
  std::string spaced(text);
  for (char& c : spaced) {
    if (c == '\n' || c == '\r' || c == '\t') {
      c = ' ';
    }
  }
  return escape_controls(spaced);
}

std::string
indented(std::string_view text, std::size_t indent, std::size_t width)
{
  std::string out;
  append_paragraph(out, flowing_text(text), indent, width);
  return out;
}

std::string
labelled(std::string_view label, std::string_view text, std::size_t indent, std::size_t width)
{
  const std::size_t hang = indent + display_width(label) + 1;
  std::string body = indented(text, hang, width);
  if (body.empty()) {
    return fmt::format("{}{}\n", std::string(indent, ' '), label);
  }
  return fmt::format("{}{} {}", std::string(indent, ' '), label, body.substr(hang));
}

std::string
bulleted(std::string_view text, std::size_t indent, std::size_t width)
{
  std::string body = indented(text, indent + 2, width);
  if (body.size() > indent + 2) {
    body.replace(indent, 2, "- ");
  }
  return body;
}

} // namespace framewise::report
