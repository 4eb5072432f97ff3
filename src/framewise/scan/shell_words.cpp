#include <framewise/scan/shell_words.hpp>

#include <algorithm>

namespace framewise::scan {

namespace {

bool
blank(char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

// Characters that end a word and a simple command.
bool
separator(char c)
{
  return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '\n';
}

class Splitter
{
public:
  explicit Splitter(std::string_view text)
      : m_text(text)
  {}

  ShellSplit
  run()
  {
    while (m_at < m_text.size() && m_out.error.empty()) {
      const char c = m_text[m_at];
      if (blank(c)) {
        end_word();
        ++m_at;
      } else if (separator(c)) {
        end_word();
        end_command();
        ++m_at;
      } else if (c == '>' || c == '<') {
        if (all_digits(m_word)) {
          // 2>&1: the digits were a file descriptor, not a word.
          m_word.clear();
          m_in_word = false;
        }
        end_word();
        redirection();
      } else if (c == '#' && !m_in_word) {
        while (m_at < m_text.size() && m_text[m_at] != '\n') {
          ++m_at;
        }
      } else {
        word_character();
      }
    }
    end_word();
    end_command();
    return std::move(m_out);
  }

private:
  static bool
  all_digits(const std::string& word)
  {
    if (word.empty()) {
      return false;
    }
    for (const char c : word) {
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  void
  start_word()
  {
    if (!m_in_word) {
      m_in_word = true;
      if (m_command.words.empty()) {
        m_command.offset = m_at;
      }
    }
  }

  void
  end_word()
  {
    if (m_in_word) {
      if (m_drop_next) {
        m_drop_next = false;
      } else {
        m_command.words.push_back(std::move(m_word));
      }
      m_word.clear();
      m_in_word = false;
    }
  }

  void
  end_command()
  {
    m_drop_next = false;
    if (!m_command.words.empty()) {
      m_out.commands.push_back(std::move(m_command));
    }
    m_command = {};
  }

  // > file, >> file, >&2, 2>&1, < file, <<EOF: the operator and its target go.
  void
  redirection()
  {
    while (m_at < m_text.size() && (m_text[m_at] == '>' || m_text[m_at] == '<' || m_text[m_at] == '&')) {
      ++m_at;
    }
    if (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9') {
      while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9') {
        ++m_at; // >&2
      }
      return;
    }
    m_drop_next = true;
  }

  void
  word_character()
  {
    const char c = m_text[m_at];
    if (c == '\\') {
      if (m_at + 1 < m_text.size() && m_text[m_at + 1] == '\n') {
        m_at += 2; // a line continuation
        return;
      }
      start_word();
      if (m_at + 1 < m_text.size()) {
        m_word.push_back(m_text[m_at + 1]);
      }
      m_at += 2;
      return;
    }
    start_word();
    if (c == '\'') {
      const auto close = m_text.find('\'', m_at + 1);
      if (close == std::string_view::npos) {
        fail("a ' quote is not closed");
        return;
      }
      m_word.append(m_text.substr(m_at + 1, close - m_at - 1));
      m_at = close + 1;
      return;
    }
    if (c == '"') {
      double_quoted();
      return;
    }
    m_word.push_back(c);
    ++m_at;
  }

  void
  double_quoted()
  {
    const std::size_t open = m_at;
    ++m_at;
    while (m_at < m_text.size()) {
      const char c = m_text[m_at];
      if (c == '"') {
        ++m_at;
        return;
      }
      if (c == '\\' && m_at + 1 < m_text.size()) {
        const char next = m_text[m_at + 1];
        if (next == '\n') {
          m_at += 2;
          continue;
        }
        if (next == '$' || next == '`' || next == '"' || next == '\\') {
          m_word.push_back(next);
          m_at += 2;
          continue;
        }
      }
      m_word.push_back(c);
      ++m_at;
    }
    m_at = open;
    fail("a \" quote is not closed");
  }

  void
  fail(std::string message)
  {
    m_out.error = std::move(message);
    m_out.error_offset = m_at;
    m_word.clear();
    m_in_word = false;
    m_command = {};
  }

  std::string_view m_text;
  std::size_t m_at = 0;
  std::string m_word;
  bool m_in_word = false;
  bool m_drop_next = false; // the word being read is a redirection's target
  SimpleCommand m_command;
  ShellSplit m_out;
};

} // namespace

ShellSplit
split_shell(std::string_view text)
{
  return Splitter(text).run();
}

bool
is_assignment(std::string_view word)
{
  const auto equals = word.find('=');
  if (equals == std::string_view::npos || equals == 0 || (word[0] >= '0' && word[0] <= '9')) {
    return false;
  }
  return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(equals), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

} // namespace framewise::scan
