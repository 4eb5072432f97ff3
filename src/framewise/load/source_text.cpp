#include <framewise/load/source_text.hpp>
#include <framewise/model/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace framewise::load {

model::Diagnostic
diagnostic_at(const SourceText& source, model::Domain domain, std::size_t offset, std::string message, std::string hint)
{
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < source.text.size(); ++i) {
    if (source.text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  model::Diagnostic diagnostic;
  diagnostic.domain = domain;
  // Columns count code points, like every position framewise reports.
  const std::uint32_t column = ColumnCounter(source.text).column(line_start, offset);
  diagnostic.pos = {source.name, static_cast<std::uint32_t>(line), column};
  diagnostic.message = std::move(message);
  diagnostic.hint = std::move(hint);
  diagnostic.source_line = std::string(line_of(source.text, line));
  return diagnostic;
}

namespace {

// Calls `visit(offset, bracket)` for each flow bracket of `text` outside quoted
// text and comments, in order, until `visit` returns false. A quote starts
// quoted text only at the start of a token, so the ' in a plain "don't" does not.
template <typename Visit>
void
for_each_flow_bracket(std::string_view text, Visit visit)
{
  char quote = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
      } else if (c == '\\' && quote == '"') {
        ++i;
      }
      continue;
    }
    const char before = i == 0 ? '\n' : text[i - 1];
    const bool after_space = before == ' ' || before == '\t' || before == '\n';
    if ((c == '\'' || c == '"') && (after_space || before == '[' || before == '{' || before == ',' || before == ':')) {
      quote = c;
    } else if (c == '#' && after_space) {
      while (i + 1 < text.size() && text[i + 1] != '\n') {
        ++i;
      }
    } else if ((c == '[' || c == '{' || c == ']' || c == '}') && !visit(i, c)) {
      return;
    }
  }
}

// Offset where nesting first exceeds k_max_nesting, if it does: flow brackets,
// or block depth counted as leading indentation plus "- " / "? " / ": "
// indicators. Both over-approximate what yaml-cpp recurses on.
std::optional<std::size_t>
too_deep_at(std::string_view text)
{
  std::optional<std::size_t> deep;
  std::size_t depth = 0;
  for_each_flow_bracket(text, [&](std::size_t offset, char bracket) {
    if (bracket == '[' || bracket == '{') {
      if (++depth > k_max_nesting) {
        deep = offset;
        return false;
      }
    } else if (depth > 0) {
      --depth;
    }
    return true;
  });
  if (deep) {
    return deep;
  }
  std::size_t block_depth = 0;
  bool at_line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool indicator = (c == '-' || c == '?' || c == ':') && i + 1 < text.size() && text[i + 1] == ' ';
    if (c == '\n') {
      at_line_start = true;
      block_depth = 0;
    } else if (at_line_start && (c == ' ' || indicator)) {
      if (++block_depth > k_max_nesting * 2) {
        return i;
      }
    } else {
      at_line_start = false;
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<UnbalancedBracket>
find_unbalanced_bracket(std::string_view text)
{
  std::vector<std::size_t> open;
  std::optional<UnbalancedBracket> stray;
  for_each_flow_bracket(text, [&](std::size_t offset, char bracket) {
    if (bracket == '[' || bracket == '{') {
      open.push_back(offset);
      return true;
    }
    if (open.empty()) {
      stray = UnbalancedBracket{offset, bracket, false};
      return false;
    }
    open.pop_back();
    return true;
  });
  if (stray) {
    return stray;
  }
  if (!open.empty()) {
    return UnbalancedBracket{open.back(), text[open.back()], true};
  }
  return std::nullopt;
}

std::uint32_t
ColumnCounter::column(std::size_t line_start, std::size_t offset)
{
  offset = std::min(offset, m_text.size());
  if (line_start != m_line_start || offset < m_at) {
    m_line_start = line_start;
    m_at = std::min(line_start, offset);
    m_column = 1;
  }
  // Every byte but a UTF-8 continuation byte (10xxxxxx) starts a character.
  for (; m_at < offset; ++m_at) {
    if ((static_cast<unsigned char>(m_text[m_at]) & 0xC0) != 0x80) {
      ++m_column;
    }
  }
  return m_column;
}

std::string_view
line_of(std::string_view text, std::size_t line)
{
  std::size_t start = 0;
  for (std::size_t current = 1; current < line; ++current) {
    const std::size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) {
      return {};
    }
    start = newline + 1;
  }
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) {
    end = text.size();
  }
  if (end > start && text[end - 1] == '\r') {
    --end;
  }
  return text.substr(start, end - start);
}

std::optional<std::size_t>
find_invalid_utf8(std::string_view text)
{
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = model::utf8_sequence_length(text, i);
    if (length == 0) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

std::optional<model::Diagnostic>
check_text(const SourceText& source, model::Domain domain)
{
  const std::string_view text = source.text;
  if (text.size() > k_max_input_bytes) {
    model::Diagnostic diagnostic;
    diagnostic.domain = domain;
    diagnostic.pos.file = source.name;
    diagnostic.message =
      fmt::format("file is {} bytes, more than the {} bytes framewise reads", text.size(), k_max_input_bytes);
    return diagnostic;
  }
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    return diagnostic_at(source, domain, nul, "this is a binary file, not YAML or JSON text");
  }
  if (const auto bad = find_invalid_utf8(text)) {
    return diagnostic_at(source, domain, *bad,
                         fmt::format("invalid UTF-8 byte 0x{:02X}", static_cast<unsigned char>(text[*bad])),
                         "save the file as UTF-8");
  }
  if (const auto deep = too_deep_at(text)) {
    return diagnostic_at(source, domain, *deep, fmt::format("nesting is deeper than {} levels", k_max_nesting),
                         "profiles and rule packs need only a few levels");
  }
  const bool blank =
    std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  if (blank) {
    model::Diagnostic diagnostic;
    diagnostic.domain = domain;
    diagnostic.pos.file = source.name;
    diagnostic.message = "file is empty";
    return diagnostic;
  }
  return std::nullopt;
}

} // namespace framewise::load
