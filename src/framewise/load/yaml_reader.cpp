#include <framewise/load/json_tree.hpp>
#include <framewise/load/spellcheck.hpp>
#include <framewise/load/text_rules.hpp>
#include <framewise/load/yaml_reader.hpp>
#include <framewise/model/boolean_words.hpp>

#include <fmt/format.h>
#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <charconv>
#include <set>
#include <vector>

namespace framewise::load {

namespace {

bool
looks_like_integer(std::string_view text)
{
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    text.remove_prefix(1);
  }
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// JSON when the document starts like JSON; the messages then say "JSON".
std::string_view
format_of(std::string_view text)
{
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && (text[first] == '{' || text[first] == '[') ? "JSON" : "YAML";
}

char
closing_of(char bracket)
{
  return bracket == '[' ? ']' : '}';
}

} // namespace

YamlReader::YamlReader(SourceText source, model::Domain domain, model::Diagnostics& out)
    : m_source(std::move(source))
    , m_domain(domain)
    , m_out(out)
{
  m_last_pos.file = m_source.name;
}

std::optional<YamlNode>
YamlReader::parse()
{
  if (auto problem = check_text(m_source, m_domain)) {
    m_out.push_back(std::move(*problem));
    ++m_errors;
    return std::nullopt;
  }
  if (is_json_source(m_source)) {
    if (const auto problem = parse_json(m_source.text, m_document)) {
      m_out.push_back(diagnostic_at(m_source, m_domain, problem->offset, problem->message, problem->hint));
      ++m_errors;
      return std::nullopt;
    }
  } else {
    try {
      if (const auto problem = parse_yaml(m_source.text, m_document)) {
        report_document_problem(*problem);
        return std::nullopt;
      }
    } catch (const YAML::Exception& e) {
      ColumnCounter columns(m_source.text);
      report_parse_error(e.msg, e.mark.line, e.mark.line >= 0 ? code_point_column(e.mark, columns) - 1 : 0);
      return std::nullopt;
    }
  }
  const YamlNode root = m_document.root();
  if (root.is_null()) {
    error(model::SourcePos{m_source.name, 0, 0}, "file has no content, only comments");
    return std::nullopt;
  }
  return root;
}

void
YamlReader::report_document_problem(const DocumentProblem& problem)
{
  switch (problem.kind) {
  case DocumentProblem::Kind::stuck: {
    const char c = problem.offset < m_source.text.size() ? m_source.text[problem.offset] : ' ';
    m_out.push_back(diagnostic_at(m_source, m_domain, problem.offset,
                                  fmt::format("malformed {}: unexpected '{}'", format_of(m_source.text), c),
                                  "quote text that contains special characters such as ? : , [ ] { } #"));
    break;
  }
  case DocumentProblem::Kind::second_document:
    m_out.push_back(diagnostic_at(m_source, m_domain, problem.offset, "file holds more than one YAML document",
                                  "remove the '---' line"));
    break;
  case DocumentProblem::Kind::alias_expansion:
    m_out.push_back(diagnostic_at(m_source, m_domain, problem.offset,
                                  fmt::format("aliases expand this file to more than {} values", k_max_alias_expansion),
                                  "write the values out instead of repeating them with '*' aliases"));
    break;
  case DocumentProblem::Kind::alias_cycle:
    m_out.push_back(diagnostic_at(m_source, m_domain, problem.offset,
                                  "this alias refers to a value that contains it, which never ends",
                                  "an alias ('*name') may only repeat a value defined before it"));
    break;
  }
  ++m_errors;
}

// yaml-cpp's messages name its internals ("end of map flow not found") and often
// point past the real mistake, so bracket problems are located by a scan of
// our own and worded as what to do.
void
YamlReader::report_parse_error(const std::string& message, std::int64_t mark_line, std::int64_t mark_column)
{
  const std::string format(format_of(m_source.text));
  if (const auto bracket = find_unbalanced_bracket(m_source.text)) {
    const char closing = closing_of(bracket->bracket);
    m_out.push_back(bracket->unclosed
                      ? diagnostic_at(m_source, m_domain, bracket->offset,
                                      fmt::format("malformed {}: this '{}' is never closed", format, bracket->bracket),
                                      fmt::format("add the missing '{}'", closing))
                      : diagnostic_at(m_source, m_domain, bracket->offset,
                                      fmt::format("malformed {}: '{}' closes nothing", format, bracket->bracket),
                                      "remove it, or add the bracket it should close"));
    ++m_errors;
    return;
  }
  model::SourcePos pos{m_source.name, 0, 0};
  if (mark_line >= 0) {
    pos.line = static_cast<std::uint32_t>(mark_line + 1);
    pos.column = static_cast<std::uint32_t>(mark_column + 1);
  }
  // yaml-cpp blames a tab in the indentation on whatever comes after it.
  const std::string_view error_line = pos.known() ? line_of(m_source.text, pos.line) : std::string_view();
  const std::size_t indent_end = error_line.find_first_not_of(" \t");
  if (error_line.substr(0, indent_end).find('\t') != std::string_view::npos) {
    error(model::SourcePos{m_source.name, pos.line, static_cast<std::uint32_t>(error_line.find('\t') + 1)},
          fmt::format("malformed {}: tabs are not allowed for indentation", format), "indent with spaces");
    return;
  }
  const bool flow_unfinished = message.find("flow not found") != std::string::npos;
  if (flow_unfinished && pos.line > 1) {
    // Usually a ',' is missing at the end of the previous entry's line; yaml-cpp
    // reports the error later, at the next entry. Point where the ',' goes.
    std::size_t start = 0;
    for (std::uint32_t line = 1; line < pos.line && start != std::string_view::npos; ++line) {
      start = m_source.text.find('\n', start);
      start = start == std::string_view::npos ? start : start + 1;
    }
    const std::size_t last = start == std::string_view::npos || start == 0
                               ? std::string_view::npos
                               : m_source.text.find_last_not_of(" \t\r\n", start - 1);
    if (last != std::string_view::npos && std::string_view(",{[").find(m_source.text[last]) == std::string_view::npos) {
      m_out.push_back(diagnostic_at(m_source, m_domain, last + 1,
                                    fmt::format("malformed {}: expected ',' after this", format),
                                    "separate the entries with ','"));
      ++m_errors;
      return;
    }
  }
  if (message.find("end of map flow not found") != std::string::npos) {
    error(pos, fmt::format("malformed {}: expected ',' or '}}' before this", format), "separate the entries with ','");
  } else if (message.find("end of sequence flow not found") != std::string::npos) {
    error(pos, fmt::format("malformed {}: expected ',' or ']' before this", format), "separate the items with ','");
  } else if (message.find("end of map not found") != std::string::npos ||
             message.find("end of sequence not found") != std::string::npos) {
    error(pos, fmt::format("malformed {}: this line is not indented like the ones before it", format),
          "indent entries of the same map or list by the same number of spaces");
  } else if (message.find("illegal map value") != std::string::npos) {
    error(pos, fmt::format("malformed {}: unexpected ':'", format), "quote a value that contains ': '");
  } else if (message.find("unknown token") != std::string::npos) {
    error(pos, fmt::format("malformed {}: unexpected character", format),
          "quote text that contains special characters such as ? : , [ ] { } #");
  } else if (message.find("invalid unicode") != std::string::npos) {
    error(pos, fmt::format("malformed {}: a \\u or \\U escape names no character", format),
          "surrogate halves such as \\ud800 are not characters; write the character itself");
  } else if (message.find("tab") != std::string::npos) {
    error(pos, fmt::format("malformed {}: tabs are not allowed for indentation", format), "indent with spaces");
  } else {
    error(pos, fmt::format("malformed {}: {}", format, message));
  }
}

model::SourcePos
YamlReader::pos(YamlNode node) const
{
  if (node.line() == 0) {
    return m_last_pos;
  }
  return {m_source.name, node.line(), node.column()};
}

void
YamlReader::error(const model::SourcePos& pos, std::string message, std::string hint)
{
  // Past the cap, errors are counted but not kept: a hostile file with an
  // error on each of its 50000 lines would otherwise cost quadratic time and
  // megabytes of messages.
  if (++m_errors > k_max_errors_per_file) {
    if (m_errors == k_max_errors_per_file + 1) {
      model::Diagnostic diagnostic;
      diagnostic.domain = m_domain;
      diagnostic.pos.file = m_source.name;
      diagnostic.message = fmt::format("more than {} errors; the rest are not shown", k_max_errors_per_file);
      diagnostic.hint = "fix these first";
      m_out.push_back(std::move(diagnostic));
    }
    return;
  }
  model::Diagnostic diagnostic;
  diagnostic.domain = m_domain;
  diagnostic.pos = pos;
  diagnostic.message = std::move(message);
  diagnostic.hint = std::move(hint);
  if (pos.known()) {
    diagnostic.source_line = std::string(line_of(m_source.text, pos.line));
  }
  m_out.push_back(std::move(diagnostic));
}

void
YamlReader::error(YamlNode at, std::string message, std::string hint)
{
  error(pos(at), std::move(message), std::move(hint));
}

std::string
YamlReader::describe(YamlNode node)
{
  if (node.is_null()) {
    return "nothing";
  }
  if (node.is_sequence()) {
    return "a list";
  }
  if (node.is_map()) {
    return "a map";
  }
  std::string text = node.scalar();
  if (text.size() > 40) {
    text = text.substr(0, 37) + "...";
  }
  return fmt::format("'{}'", text);
}

bool
YamlReader::check_keys(YamlNode map, const std::vector<std::string_view>& allowed,
                       const std::vector<std::string_view>& required, std::string_view what)
{
  const std::size_t errors_before = m_errors;
  const std::vector<std::string> allowed_names(allowed.begin(), allowed.end());
  std::set<std::string> seen;
  for (const YamlEntry& entry : map.entries()) {
    const YamlNode key = entry.key;
    if (!key.is_scalar()) {
      error(key, fmt::format("a key of {} is {}, expected a name", what, describe(key)));
      continue;
    }
    const std::string& name = key.scalar();
    if (!seen.insert(name).second) {
      error(key, fmt::format("duplicate key '{}' in {}", name, what));
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      const std::string suggestion = closest_match(name, allowed_names);
      error(key, fmt::format("unknown key '{}' in {}", name, what),
            suggestion.empty() ? fmt::format("expected one of: {}", fmt::join(allowed_names, ", "))
                               : fmt::format("did you mean '{}'?", suggestion));
    }
  }
  for (const std::string_view name : required) {
    if (!seen.count(std::string(name))) {
      error(map, fmt::format("{} is missing '{}'", what, name));
    }
  }
  return m_errors == errors_before;
}

bool
YamlReader::expect_map(YamlNode node, std::string_view what)
{
  if (node.is_map()) {
    m_last_pos = pos(node);
    return true;
  }
  error(node, fmt::format("{} must be a map of 'key: value' lines, got {}", what, describe(node)));
  return false;
}

bool
YamlReader::expect_sequence(YamlNode node, std::string_view what)
{
  if (node.is_sequence()) {
    return true;
  }
  error(node, fmt::format("{} must be a list, got {}", what, describe(node)));
  return false;
}

std::optional<std::string>
YamlReader::string(YamlNode node, std::string_view what)
{
  if (!node.is_scalar()) {
    error(node, fmt::format("{} must be text, got {}", what, describe(node)));
    return std::nullopt;
  }
  // The file is valid UTF-8 free of raw control characters only until escapes
  // are decoded: "\e" gives ESC, and yaml-cpp decodes "\N" and "\_" to the
  // lone bytes 0x85 and 0xA0. Text ends up on terminals and in JSON, so both
  // are refused here, for every string of every file.
  const std::string& text = node.scalar();
  if (const auto bad = find_control_character(text)) {
    error(node, fmt::format("{} contains {}", what, *bad), "write the text without escape sequences");
    return std::nullopt;
  }
  if (find_invalid_utf8(text)) {
    error(node, fmt::format("{} is not valid UTF-8 once its escapes are decoded", what),
          "write the character itself instead of the escape");
    return std::nullopt;
  }
  return text;
}

std::optional<std::int64_t>
YamlReader::integer(YamlNode node, std::string_view what, const std::optional<IntegerRange>& range)
{
  if (node.is_scalar() && node.is_plain()) {
    const std::string& text = node.scalar();
    std::string_view digits = text;
    // One sign: "+5" is 5, but from_chars would read "+-5" as -5 once the
    // '+' is gone.
    if (digits.size() > 1 && digits.front() == '+' && digits[1] >= '0' && digits[1] <= '9') {
      digits.remove_prefix(1);
    }
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec == std::errc::result_out_of_range && end == digits.data() + digits.size()) {
      if (range) {
        error(node, fmt::format("{} is out of range for {}", describe(node), range->name),
              fmt::format("expected a whole number from {} to {}", range->min, range->max));
      } else {
        error(node, fmt::format("{} is {}, out of range (too large a number)", what, describe(node)));
      }
      return std::nullopt;
    }
    if (ec == std::errc() && end == digits.data() + digits.size() && !digits.empty()) {
      return value;
    }
  }
  if (node.is_scalar() && !node.is_plain() && looks_like_integer(node.scalar())) {
    error(node, fmt::format("{} must be a whole number, got the quoted text \"{}\"", what, node.scalar()),
          "numbers are written without quotes");
    return std::nullopt;
  }
  error(node, fmt::format("{} must be a whole number, got {}", what, describe(node)));
  return std::nullopt;
}

std::optional<double>
YamlReader::number(YamlNode node, std::string_view what)
{
  if (node.is_scalar() && node.is_plain()) {
    const std::string& text = node.scalar();
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && !text.empty()) {
      return value;
    }
  }
  error(node, fmt::format("{} must be a number, got {}", what, describe(node)));
  return std::nullopt;
}

std::optional<bool>
YamlReader::boolean(YamlNode node, std::string_view what)
{
  // The words of model/boolean_words.hpp, quoted or not: the prompt and the
  // profile schema take the same ones, and a JSON profile can only quote them.
  if (node.is_scalar()) {
    if (const auto value = model::boolean_word(node.scalar())) {
      return value;
    }
  }
  error(node, fmt::format("{} must be true or false, got {}", what, describe(node)),
        fmt::format("write {}", model::k_boolean_words_text));
  return std::nullopt;
}

std::optional<YamlNode>
find_key(YamlNode map, std::string_view key)
{
  for (const YamlEntry& entry : map.entries()) {
    if (entry.key.is_scalar() && entry.key.scalar() == key) {
      return entry.value;
    }
  }
  return std::nullopt;
}

} // namespace framewise::load
