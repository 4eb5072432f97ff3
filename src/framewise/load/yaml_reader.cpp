#include <framewise/load/spellcheck.hpp>
#include <framewise/load/yaml_reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>
#include <vector>

namespace framewise::load {

namespace {

bool
iequals(std::string_view a, std::string_view b)
{
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// yaml-cpp reports parse errors in its own words; these are the ones users meet,
// reworded so they say what to do.
std::string
friendly_parse_message(const std::string& message)
{
  if (message.find("end of map not found") != std::string::npos ||
      message.find("end of sequence not found") != std::string::npos ||
      message.find("end of map flow not found") != std::string::npos ||
      message.find("end of sequence flow not found") != std::string::npos) {
    return "malformed YAML: a '{' or '[' is not closed, or an item is mis-indented";
  }
  if (message.find("illegal map value") != std::string::npos) {
    return "malformed YAML: unexpected ':' (quote values that contain ': ')";
  }
  return "malformed YAML: " + message;
}

} // namespace

YamlReader::YamlReader(SourceText source, model::Domain domain, model::Diagnostics& out)
  : m_source(std::move(source)),
    m_domain(domain),
    m_out(out)
{
  m_last_pos.file = m_source.name;
}

std::optional<YAML::Node>
YamlReader::parse()
{
  if (auto problem = check_text(m_source, m_domain)) {
    m_out.push_back(std::move(*problem));
    ++m_errors;
    return std::nullopt;
  }
  try {
    std::vector<YAML::Node> documents = YAML::LoadAll(std::string(m_source.text));
    if (documents.empty() || (documents.size() == 1 && documents[0].IsNull())) {
      error(model::SourcePos{m_source.name, 0, 0}, "file has no content, only comments");
      return std::nullopt;
    }
    if (documents.size() > 1) {
      error(documents[1], "file holds more than one YAML document", "remove the '---' line");
      return std::nullopt;
    }
    return documents[0];
  } catch (const YAML::Exception& e) {
    model::SourcePos pos{m_source.name, 0, 0};
    if (e.mark.line >= 0) {
      pos.line = static_cast<std::uint32_t>(e.mark.line + 1);
      pos.column = static_cast<std::uint32_t>(e.mark.column + 1);
    }
    error(pos, friendly_parse_message(e.msg));
    return std::nullopt;
  }
}

model::SourcePos
YamlReader::pos(const YAML::Node& node) const
{
  const YAML::Mark mark = node.Mark();
  if (mark.line < 0) {
    return m_last_pos;
  }
  return {m_source.name,
          static_cast<std::uint32_t>(mark.line + 1),
          static_cast<std::uint32_t>(mark.column + 1)};
}

void
YamlReader::error(const model::SourcePos& pos, std::string message, std::string hint)
{
  model::Diagnostic diagnostic;
  diagnostic.domain = m_domain;
  diagnostic.pos = pos;
  diagnostic.message = std::move(message);
  diagnostic.hint = std::move(hint);
  if (pos.known()) {
    diagnostic.source_line = std::string(line_of(m_source.text, pos.line));
  }
  m_out.push_back(std::move(diagnostic));
  ++m_errors;
}

void
YamlReader::error(const YAML::Node& at, std::string message, std::string hint)
{
  error(pos(at), std::move(message), std::move(hint));
}

std::string
YamlReader::describe(const YAML::Node& node)
{
  if (!node.IsDefined() || node.IsNull()) {
    return "nothing";
  }
  if (node.IsSequence()) {
    return "a list";
  }
  if (node.IsMap()) {
    return "a map";
  }
  std::string text = node.Scalar();
  if (text.size() > 40) {
    text = text.substr(0, 37) + "...";
  }
  return fmt::format("'{}'", text);
}

bool
YamlReader::check_keys(const YAML::Node& map,
                       const std::vector<std::string_view>& allowed,
                       const std::vector<std::string_view>& required,
                       std::string_view what)
{
  const std::size_t errors_before = m_errors;
  const std::vector<std::string> allowed_names(allowed.begin(), allowed.end());
  std::set<std::string> seen;
  for (const auto& entry : map) {
    const YAML::Node& key = entry.first;
    if (!key.IsScalar()) {
      error(key, fmt::format("a key of {} is {}, expected a name", what, describe(key)));
      continue;
    }
    const std::string& name = key.Scalar();
    if (!seen.insert(name).second) {
      error(key, fmt::format("duplicate key '{}' in {}", name, what));
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      const std::string suggestion = closest_match(name, allowed_names);
      error(key,
            fmt::format("unknown key '{}' in {}", name, what),
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
YamlReader::expect_map(const YAML::Node& node, std::string_view what)
{
  if (node.IsMap()) {
    m_last_pos = pos(node);
    return true;
  }
  error(node, fmt::format("{} must be a map of 'key: value' lines, got {}", what, describe(node)));
  return false;
}

bool
YamlReader::expect_sequence(const YAML::Node& node, std::string_view what)
{
  if (node.IsSequence()) {
    return true;
  }
  error(node, fmt::format("{} must be a list, got {}", what, describe(node)));
  return false;
}

std::optional<std::string>
YamlReader::string(const YAML::Node& node, std::string_view what)
{
  if (!node.IsScalar()) {
    error(node, fmt::format("{} must be text, got {}", what, describe(node)));
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<std::int64_t>
YamlReader::integer(const YAML::Node& node, std::string_view what)
{
  if (node.IsScalar() && is_plain_scalar(node)) {
    const std::string& text = node.Scalar();
    std::string_view digits = text;
    if (!digits.empty() && digits.front() == '+') {
      digits.remove_prefix(1);
    }
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec == std::errc::result_out_of_range) {
      error(node, fmt::format("{} is {}, too large a number", what, describe(node)));
      return std::nullopt;
    }
    if (ec == std::errc() && end == digits.data() + digits.size() && !digits.empty()) {
      return value;
    }
  }
  error(node, fmt::format("{} must be a whole number, got {}", what, describe(node)));
  return std::nullopt;
}

std::optional<double>
YamlReader::number(const YAML::Node& node, std::string_view what)
{
  if (node.IsScalar() && is_plain_scalar(node)) {
    const std::string& text = node.Scalar();
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
YamlReader::boolean(const YAML::Node& node, std::string_view what)
{
  if (node.IsScalar() && is_plain_scalar(node)) {
    const std::string& text = node.Scalar();
    if (iequals(text, "true") || iequals(text, "yes")) {
      return true;
    }
    if (iequals(text, "false") || iequals(text, "no")) {
      return false;
    }
  }
  error(node, fmt::format("{} must be true or false, got {}", what, describe(node)));
  return std::nullopt;
}

std::optional<YAML::Node>
find_key(const YAML::Node& map, std::string_view key)
{
  if (map.IsMap()) {
    for (const auto& entry : map) {
      if (entry.first.IsScalar() && entry.first.Scalar() == key) {
        return entry.second;
      }
    }
  }
  return std::nullopt;
}

bool
is_plain_scalar(const YAML::Node& node)
{
  // yaml-cpp tags plain scalars "?" and quoted ones "!".
  return node.IsScalar() && node.Tag() == "?";
}

} // namespace framewise::load
