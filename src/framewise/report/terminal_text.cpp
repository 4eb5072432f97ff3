#include <framewise/report/terminal_text.hpp>

#include <fmt/format.h>

namespace framewise::report {

namespace {

// Length of a valid UTF-8 sequence at `text[i]` (1 to 4), or 0 when invalid.
std::size_t
valid_sequence_length(std::string_view text, std::size_t i)
{
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  if (lead < 0x80) {
    return 1;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
  } else {
    return 0;
  }
  if (i + length > text.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      return 0;
    }
  }
  return length;
}

} // namespace

std::string
escape_controls(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = valid_sequence_length(text, i);
    if (length == 0) {
      out += fmt::format("\\x{:02X}", byte); // not UTF-8: show the byte
    } else if (length > 1 && !(byte == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F)) {
      out.append(text.substr(i, length));
      i += length - 1;
    } else if (byte < 0x20 || byte == 0x7F) {
      out += fmt::format("\\x{:02X}", byte);
    } else if (byte == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
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

} // namespace framewise::report
