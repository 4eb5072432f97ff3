#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::scan {

// Just enough of Python's tokenizer to read literal lists from setup.py and
// Django settings as text, never executing them: names, string literals
// (prefixes, single, double and triple quotes, backslash escapes), numbers and
// operators; comments and line continuations are skipped.
struct PyToken
{
  enum class Kind : std::uint8_t
  {
    name,
    string,
    number,
    op,
    end
  };
  Kind kind = Kind::end;
  std::string_view text; // as written
  std::string value;     // a string literal's contents (escapes other than \\ \' \" kept as written)
  std::uint32_t line = 0;
  std::uint32_t column = 0;     // 1-based, code points
  bool at_module_level = false; // the first token of a line that starts at column 1, outside brackets
  bool f_string = false;        // an f-string: its value is computed
};

struct PyTokens
{
  std::vector<PyToken> tokens; // ends with one Kind::end
  std::string error;           // empty unless a string or bracket is not closed
  std::uint32_t error_line = 0;
  std::uint32_t error_column = 0;
};

// Tokenizes `text` in one pass (linear in its size). At most 64 brackets deep.
PyTokens tokenize_python(std::string_view text);

// A name token (spelled `text`, when given); an operator token spelled `text`.
inline bool
is_name(const PyToken& token, std::string_view text = {})
{
  return token.kind == PyToken::Kind::name && (text.empty() || token.text == text);
}

inline bool
is_op(const PyToken& token, std::string_view text)
{
  return token.kind == PyToken::Kind::op && token.text == text;
}

} // namespace framewise::scan
