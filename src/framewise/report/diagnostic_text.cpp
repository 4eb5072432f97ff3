#include <framewise/report/diagnostic_text.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

namespace {

constexpr std::size_t k_excerpt_columns = 72;

std::string
excerpt(std::string_view line, std::size_t column)
{
  // The caret goes under the escaped form of the first `column - 1` code points,
  // so escapes like \x1B before the error keep it aligned. Tabs become spaces.
  const std::size_t before = offset_of_column(line, column > 0 ? column - 1 : 0);
  std::string head = escape_controls(line.substr(0, before));
  std::string text = head + escape_controls(line.substr(before));
  for (auto& c : text) {
    if (c == '\t') {
      c = ' ';
    }
  }
  std::size_t caret = display_width(head);
  std::string prefix;
  if (caret >= k_excerpt_columns - 10) {
    const std::size_t skip = caret - (k_excerpt_columns / 2);
    text = text.substr(offset_of_column(text, skip));
    prefix = "...";
    caret = caret - skip + prefix.size();
  }
  text = prefix + text;
  if (display_width(text) > k_excerpt_columns) {
    text = text.substr(0, offset_of_column(text, k_excerpt_columns - 3)) + "...";
  }
  return fmt::format("  {}\n  {}^\n", text, std::string(caret, ' '));
}

} // namespace

const char*
to_string(model::Domain domain)
{
  switch (domain) {
  case model::Domain::profile:
    return "profile";
  case model::Domain::rules:
    return "rules";
  case model::Domain::usage:
    return "usage";
  case model::Domain::output:
    return "output";
  case model::Domain::scan:
    return "scan";
  }
  return "error";
}

std::string
render_diagnostic(const model::Diagnostic& diagnostic)
{
  std::string out;
  const model::SourcePos& pos = diagnostic.pos;
  const std::string file = escape_controls(pos.file);
  if (pos.known()) {
    out = fmt::format("{}:{}:{}: ", file, pos.line, pos.column);
  } else if (!pos.file.empty()) {
    out = fmt::format("{}: ", file);
  } else {
    out = "framewise: ";
  }
  out += fmt::format("{}: {}\n", to_string(diagnostic.domain), escape_controls(diagnostic.message));
  if (pos.known() && !diagnostic.source_line.empty()) {
    out += excerpt(diagnostic.source_line, pos.column);
  }
  if (!diagnostic.hint.empty()) {
    out += fmt::format("hint: {}\n", escape_controls(diagnostic.hint));
  }
  return out;
}

} // namespace framewise::report
