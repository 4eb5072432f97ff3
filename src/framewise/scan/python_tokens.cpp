#include <framewise/scan/dependency.hpp>
#include <framewise/scan/python_tokens.hpp>

#include <fmt/format.h>

namespace framewise::scan {

namespace {

constexpr std::size_t k_max_bracket_depth = 64;

bool
is_name_start(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool
is_name_char(unsigned char c)
{
  return is_name_start(c) || (c >= '0' && c <= '9');
}

class Tokenizer
{
public:
  explicit Tokenizer(std::string_view text)
      : m_text(text)
  {}

  PyTokens
  run()
  {
    while (m_at < m_text.size() && m_out.error.empty()) {
      const unsigned char c = static_cast<unsigned char>(m_text[m_at]);
      if (c == '\n') {
        new_line(m_at + 1);
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        ++m_at;
        continue;
      }
      if (c == '#') {
        while (m_at < m_text.size() && m_text[m_at] != '\n') {
          ++m_at;
        }
        continue;
      }
      if (c == '\\' && m_at + 1 < m_text.size() && (m_text[m_at + 1] == '\n' || m_text[m_at + 1] == '\r')) {
        const bool crlf = m_text[m_at + 1] == '\r' && m_at + 2 < m_text.size() && m_text[m_at + 2] == '\n';
        // Lines are counted at '\n', as every other reader and line_text() count them:
        // a backslash before a lone '\r' continues the line without starting another.
        const bool line_feed = crlf || m_text[m_at + 1] == '\n';
        m_at += crlf ? 3 : 2;
        if (line_feed) {
          ++m_line;
          m_line_start = m_at;
        }
        m_continued = true;
        continue;
      }
      if (is_name_start(c)) {
        const std::size_t start = m_at;
        while (m_at < m_text.size() && is_name_char(static_cast<unsigned char>(m_text[m_at]))) {
          ++m_at;
        }
        const std::string_view word = m_text.substr(start, m_at - start);
        if (m_at < m_text.size() && (m_text[m_at] == '\'' || m_text[m_at] == '"') && is_string_prefix(word)) {
          read_string(start, word);
          continue;
        }
        push(PyToken::Kind::name, start, m_at);
        continue;
      }
      if (c == '\'' || c == '"') {
        read_string(m_at, {});
        continue;
      }
      if (c >= '0' && c <= '9') {
        const std::size_t start = m_at;
        while (m_at < m_text.size() &&
               (is_name_char(static_cast<unsigned char>(m_text[m_at])) || m_text[m_at] == '.')) {
          ++m_at;
        }
        push(PyToken::Kind::number, start, m_at);
        continue;
      }
      read_operator();
    }
    if (m_out.error.empty() && m_depth > 0) {
      m_out.error = "a bracket is not closed";
      m_out.error_line = m_line;
      m_out.error_column = 1;
    }
    PyToken end;
    end.line = m_line;
    m_out.tokens.push_back(end);
    return std::move(m_out);
  }

private:
  static bool
  is_string_prefix(std::string_view word)
  {
    if (word.size() > 2) {
      return false;
    }
    for (const char c : word) {
      if (std::string_view("rRuUbBfF").find(c) == std::string_view::npos) {
        return false;
      }
    }
    return true;
  }

  void
  new_line(std::size_t next)
  {
    m_at = next;
    ++m_line;
    m_line_start = next;
    m_continued = false;
  }

  std::uint32_t
  column(std::size_t offset) const
  {
    return column_of(m_text.substr(m_line_start), offset - m_line_start);
  }

  PyToken&
  push(PyToken::Kind kind, std::size_t start, std::size_t end)
  {
    PyToken token;
    token.kind = kind;
    token.text = m_text.substr(start, end - start);
    token.line = m_start_line;
    token.column = m_start_column;
    if (kind != PyToken::Kind::string) {
      token.line = m_line;
      token.column = column(start);
    }
    token.at_module_level = m_depth == 0 && !m_continued && start == m_line_start;
    m_out.tokens.push_back(std::move(token));
    return m_out.tokens.back();
  }

  void
  read_string(std::size_t start, std::string_view prefix)
  {
    m_start_line = m_line;
    m_start_column = column(start);
    const bool raw = prefix.find_first_of("rR") != std::string_view::npos;
    const bool f_string = prefix.find_first_of("fF") != std::string_view::npos;
    const char quote = m_text[m_at];
    const bool triple = m_text.substr(m_at, 3) == std::string(3, quote);
    m_at += triple ? 3 : 1;
    std::string value;
    for (;;) {
      if (m_at >= m_text.size()) {
        fail(start, "a string literal is not closed");
        return;
      }
      const char c = m_text[m_at];
      if (c == '\\' && m_at + 1 < m_text.size()) {
        const char next = m_text[m_at + 1];
        if (!raw && (next == '\\' || next == '\'' || next == '"')) {
          value.push_back(next);
        } else {
          value.push_back(c);
          value.push_back(next);
        }
        if (next == '\n') {
          ++m_line;
          m_line_start = m_at + 2;
        }
        m_at += 2;
        continue;
      }
      if (c == '\n') {
        if (!triple) {
          fail(start, "a string literal is not closed on its line");
          return;
        }
        ++m_line;
        m_line_start = m_at + 1;
      }
      if (c == quote && (!triple || m_text.substr(m_at, 3) == std::string(3, quote))) {
        m_at += triple ? 3 : 1;
        break;
      }
      value.push_back(c);
      ++m_at;
    }
    // The token's position is where the literal started (m_start_line/column).
    auto& token = push(PyToken::Kind::string, start, m_at);
    token.at_module_level = false;
    token.value = std::move(value);
    token.f_string = f_string;
    m_start_line = 0;
    m_start_column = 0;
  }

  void
  read_operator()
  {
    const std::size_t start = m_at;
    const char c = m_text[m_at];
    if (c == '(' || c == '[' || c == '{') {
      if (++m_depth > k_max_bracket_depth) {
        fail(start, fmt::format("brackets nested deeper than {} levels", k_max_bracket_depth));
        return;
      }
    } else if (c == ')' || c == ']' || c == '}') {
      m_depth = m_depth > 0 ? m_depth - 1 : 0;
    }
    ++m_at;
    // Two-character operators this reader distinguishes: '==' from '=', '+='.
    if (m_at < m_text.size() && m_text[m_at] == '=' &&
        std::string_view("=+!<>-*/|&").find(c) != std::string_view::npos) {
      ++m_at;
    }
    push(PyToken::Kind::op, start, m_at);
  }

  void
  fail(std::size_t offset, std::string message)
  {
    m_out.error = std::move(message);
    m_out.error_line = m_start_line != 0 ? m_start_line : m_line;
    m_out.error_column = m_start_column != 0 ? m_start_column : column(offset);
    m_at = m_text.size();
  }

  std::string_view m_text;
  std::size_t m_at = 0;
  std::uint32_t m_line = 1;
  std::size_t m_line_start = 0;
  std::size_t m_depth = 0;
  bool m_continued = false;
  std::uint32_t m_start_line = 0;
  std::uint32_t m_start_column = 0;
  PyTokens m_out;
};

} // namespace

PyTokens
tokenize_python(std::string_view text)
{
  return Tokenizer(text).run();
}

} // namespace framewise::scan
