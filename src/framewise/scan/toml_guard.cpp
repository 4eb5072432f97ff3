#include <framewise/scan/toml_guard.hpp>

#include <fmt/format.h>

namespace framewise::scan {

namespace {

// The code point of the UTF-8 sequence at `at` (the text is valid UTF-8).
char32_t
code_point_at(std::string_view text, std::size_t at)
{
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) {
    return lead;
  }
  const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  char32_t value = lead & (0x7F >> length);
  for (int i = 1; i < length && at + static_cast<std::size_t>(i) < text.size(); ++i) {
    value = (value << 6) | (byte(at + static_cast<std::size_t>(i)) & 0x3F);
  }
  return value;
}

// The code points toml++ 3.3's is_non_ascii_horizontal_whitespace reaches
// __builtin_unreachable on (its first-level buckets 0 and 11, less the code
// points it names before the switch).
bool
unsafe_for_toml_plus_plus(char32_t c)
{
  return (c >= 0xA1 && c <= 0x499) || (c >= 0x2C1E && c <= 0x3017 && c != 0x3000);
}

class Guard
{
public:
  explicit Guard(std::string_view text)
      : m_text(text)
  {}

  std::optional<TomlHazard>
  run()
  {
    if (starts_with("\xEF\xBB\xBF")) {
      m_at = 3; // a byte-order mark, which toml++ skips
    }
    while (m_at < m_text.size() && !m_found) {
      const char c = m_text[m_at];
      if (c == '#') {
        skip_to_line_end();
      } else if (starts_with("\"\"\"")) {
        multi_line_basic();
      } else if (starts_with("'''")) {
        close_after(3, "'''");
      } else if (c == '"') {
        single_line('"');
      } else if (c == '\'') {
        single_line('\'');
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        hazard("not valid TOML: a non-ASCII character outside a string or comment",
               "TOML allows them only in strings and comments; quote the key or value");
      } else {
        advance();
      }
    }
    return m_found;
  }

private:
  bool
  starts_with(std::string_view prefix) const
  {
    return m_text.substr(m_at).starts_with(prefix);
  }

  void
  advance()
  {
    if (m_text[m_at] == '\n') {
      ++m_line;
      m_column = 1;
    } else if ((static_cast<unsigned char>(m_text[m_at]) & 0xC0) != 0x80) {
      ++m_column; // a continuation byte is part of the character before it
    }
    ++m_at;
  }

  void
  advance_by(std::size_t count)
  {
    for (std::size_t i = 0; i < count && m_at < m_text.size(); ++i) {
      advance();
    }
  }

  void
  hazard(std::string message, std::string hint)
  {
    // The column counts the character at m_at, not yet passed.
    m_found = TomlHazard{m_line, m_column, std::move(message), std::move(hint)};
  }

  void
  skip_to_line_end()
  {
    while (m_at < m_text.size() && m_text[m_at] != '\n') {
      advance();
    }
  }

  // "..." or '...': ends at its quote or, unclosed, at the line's end (toml++ reports that).
  void
  single_line(char quote)
  {
    advance();
    while (m_at < m_text.size() && m_text[m_at] != '\n') {
      if (quote == '"' && m_text[m_at] == '\\') {
        advance_by(2);
        continue;
      }
      const bool closing = m_text[m_at] == quote;
      advance();
      if (closing) {
        return;
      }
    }
  }

  // '''...''': ends at three quotes (and up to two more, which belong to the string).
  void
  close_after(std::size_t opener, std::string_view closer)
  {
    advance_by(opener);
    while (m_at < m_text.size() && !starts_with(closer)) {
      advance();
    }
    advance_by(closer.size());
    for (int extra = 0; extra < 2 && m_at < m_text.size() && m_text[m_at] == closer.front(); ++extra) {
      advance();
    }
  }

  void
  multi_line_basic()
  {
    advance_by(3);
    while (m_at < m_text.size() && !m_found) {
      if (starts_with("\"\"\"")) {
        advance_by(3);
        for (int extra = 0; extra < 2 && m_at < m_text.size() && m_text[m_at] == '"'; ++extra) {
          advance();
        }
        return;
      }
      if (m_text[m_at] != '\\') {
        advance();
        continue;
      }
      advance();
      if (m_at >= m_text.size()) {
        return;
      }
      if (static_cast<unsigned char>(m_text[m_at]) >= 0x80) {
        hazard(
          fmt::format("not valid TOML: '\\' followed by '{}' is not an escape", m_text.substr(m_at, sequence_length())),
          "write the character without the backslash, or escape it as \\uXXXX");
        return;
      }
      if (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\r' || m_text[m_at] == '\n') {
        // A line-ending backslash: the whitespace after it, newlines included, is trimmed.
        while (m_at < m_text.size() &&
               (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\r' || m_text[m_at] == '\n')) {
          advance();
        }
        if (m_at < m_text.size() && unsafe_for_toml_plus_plus(code_point_at(m_text, m_at))) {
          hazard(fmt::format("cannot be read safely: the text a line-ending backslash continues with starts with "
                             "'{}' (a defect of toml++ 3.3, which framewise reads TOML with)",
                             m_text.substr(m_at, sequence_length())),
                 "start the continued text with an ASCII character, or join the lines");
        }
        continue;
      }
      advance(); // the escaped character
    }
  }

  std::size_t
  sequence_length() const
  {
    const auto lead = static_cast<unsigned char>(m_text[m_at]);
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  }

  std::string_view m_text;
  std::size_t m_at = 0;
  std::uint32_t m_line = 1;
  std::uint32_t m_column = 1;
  std::optional<TomlHazard> m_found;
};

} // namespace

std::optional<TomlHazard>
toml_hazard(std::string_view text)
{
  return Guard(text).run();
}

} // namespace framewise::scan
