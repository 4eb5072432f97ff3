#include <framewise/model/utf8.hpp>
#include <framewise/scan/dependency.hpp>

namespace framewise::scan {

const char*
to_string(Role role)
{
  switch (role) {
  case Role::declared:
    return "declared";
  case Role::optional:
    return "optional";
  case Role::group:
    return "group";
  case Role::constraint:
    return "constraint";
  case Role::lock:
    return "lock";
  case Role::app:
    return "installed-app";
  case Role::command:
    return "command";
  }
  return "declared";
}

std::uint32_t
column_of(std::string_view line, std::size_t offset)
{
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < offset && i < line.size(); ++i) {
    // Count lead bytes only, so a multi-byte character is one column.
    if ((static_cast<unsigned char>(line[i]) & 0xC0U) != 0x80U) {
      ++column;
    }
  }
  return column;
}

std::string_view
line_text(std::string_view text, std::uint32_t line)
{
  std::size_t at = 0;
  for (std::uint32_t number = 1; number < line; ++number) {
    const auto end = text.find('\n', at);
    if (end == std::string_view::npos) {
      return {};
    }
    at = end + 1;
  }
  if (line == 0 || at > text.size()) {
    return {};
  }
  std::string_view out = text.substr(at, text.find('\n', at) - at);
  if (!out.empty() && out.back() == '\r') {
    out.remove_suffix(1);
  }
  return out;
}

std::size_t
invalid_utf8_offset(std::string_view text)
{
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = model::utf8_sequence_length(text, at);
    if (length == 0) {
      return at;
    }
    at += length;
  }
  return std::string_view::npos;
}

model::Diagnostic
scan_error(const std::string& file, std::uint32_t line, std::uint32_t column, std::string message,
           std::string_view source_line, std::string hint)
{
  model::Diagnostic diagnostic;
  diagnostic.domain = model::Domain::scan;
  diagnostic.pos = {file, line, column};
  diagnostic.message = std::move(message);
  diagnostic.hint = std::move(hint);
  diagnostic.source_line = std::string(source_line);
  return diagnostic;
}

} // namespace framewise::scan
