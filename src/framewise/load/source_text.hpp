#pragma once

#include <framewise/model/diagnostic.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace framewise::load {

// Inputs larger than this are refused before parsing: no real profile or rule
// file comes close, and it bounds the parser's time and memory.
inline constexpr std::size_t k_max_input_bytes = 1024 * 1024;

// Flow brackets or block indentation nested deeper than this are refused before
// parsing, because yaml-cpp parses recursively and could exhaust the stack.
inline constexpr std::size_t k_max_nesting = 64;

// A named text to parse; `name` is what error messages print as the path.
struct SourceText
{
  std::string name;
  std::string_view text;
};

// Checks that `source` is something worth handing to the YAML parser: not too
// large, not binary, valid UTF-8, not nested too deeply. Returns the first
// problem found, or nothing when the text is fine.
std::optional<model::Diagnostic> check_text(const SourceText& source, model::Domain domain);

// A diagnostic at byte `offset` of `source`, with its line, column and line text.
model::Diagnostic diagnostic_at(const SourceText& source, model::Domain domain, std::size_t offset, std::string message,
                                std::string hint = {});

// A flow bracket that does not balance: an opening one never closed, or a
// closing one with nothing open. Quoted text and comments are skipped.
struct UnbalancedBracket
{
  std::size_t offset = 0;
  char bracket = 0;
  bool unclosed = false; // else: unexpected closing bracket
};
std::optional<UnbalancedBracket> find_unbalanced_bracket(std::string_view text);

// Offset of the first byte of `text` that does not start a valid UTF-8
// sequence (bad lead byte, truncated, overlong, surrogate, beyond U+10FFFF).
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The text of 1-based line `line` of `text`, without its line break; empty when
// the line does not exist.
std::string_view line_of(std::string_view text, std::size_t line);

// 1-based columns in code points, as diagnostics show them and the caret under
// the source line is drawn (yaml-cpp counts bytes). Asked in file order, it
// resumes counting where the last call on the same line stopped, so a whole
// file costs one pass.
class ColumnCounter
{
public:
  explicit ColumnCounter(std::string_view text)
      : m_text(text)
  {}

  // The column of byte `offset` on the line that starts at byte `line_start`.
  std::uint32_t column(std::size_t line_start, std::size_t offset);

private:
  std::string_view m_text;
  std::size_t m_line_start = std::string_view::npos;
  std::size_t m_at = 0;
  std::uint32_t m_column = 1;
};

} // namespace framewise::load
