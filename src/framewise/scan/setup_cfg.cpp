#include <framewise/model/package_name.hpp>
#include <framewise/scan/plain_text.hpp>
#include <framewise/scan/requirement.hpp>
#include <framewise/scan/setup_cfg.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>

namespace framewise::scan {

namespace {

constexpr std::size_t k_max_errors = 50;

std::string
lower(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

struct Line
{
  std::string_view text;
  std::uint32_t number = 0;
};

class CfgReader
{
public:
  CfgReader(std::string_view text, const std::string& path)
      : m_text(text)
      , m_path(path)
  {}

  ManifestRead
  run()
  {
    std::uint32_t number = 0;
    std::size_t at = 0;
    while (at <= m_text.size()) {
      std::size_t end = m_text.find('\n', at);
      if (end == std::string_view::npos) {
        end = m_text.size();
      }
      ++number;
      line({m_text.substr(at, end - at), number});
      at = end + 1;
    }
    return std::move(m_out);
  }

private:
  void
  line(Line current)
  {
    std::string_view text = current.text;
    if (!text.empty() && text.back() == '\r') {
      text.remove_suffix(1);
    }
    const std::string_view content = trim_blanks(text);
    if (content.empty() || content.front() == '#' || content.front() == ';') {
      return;
    }
    const bool indented = text.front() == ' ' || text.front() == '\t';
    if (indented && m_has_key) {
      value_line(text, current.number);
      return;
    }
    m_has_key = false;
    if (content.front() == '[') {
      if (content.back() != ']') {
        error(current.number, 1, "a section header must end with ']'", text);
        return;
      }
      m_section = lower(trim_blanks(content.substr(1, content.size() - 2)));
      return;
    }
    const std::size_t separator = content.find_first_of("=:");
    if (separator == std::string_view::npos) {
      error(current.number, 1, "expected 'key = value', a [section] or an indented continuation", text);
      return;
    }
    m_key = lower(trim_blanks(content.substr(0, separator)));
    m_has_key = true;
    const std::size_t value_at = static_cast<std::size_t>(content.data() - text.data()) + separator + 1;
    value_line(text, current.number, value_at);
  }

  // One line of the current key's value, from byte `from`.
  void
  value_line(std::string_view text, std::uint32_t number, std::size_t from = 0)
  {
    Role role = Role::declared;
    std::string group;
    if (m_section == "options" && m_key == "install_requires") {
      role = Role::declared;
    } else if (m_section == "options" && m_key == "tests_require") {
      role = Role::group;
      group = "tests_require";
    } else if (m_section == "options.extras_require") {
      role = Role::optional;
      group = m_key;
    } else {
      return;
    }
    const std::string_view value = text.substr(std::min(from, text.size()));
    // setuptools drops "#" comments (at the start, or after whitespace).
    const std::string_view trimmed = trim_blanks(value);
    if (trimmed.empty() || trimmed.front() == '#') {
      return;
    }
    const std::size_t offset = static_cast<std::size_t>(trimmed.data() - text.data());
    std::string_view requirement = trimmed;
    if (const auto comment = requirement.find(" #"); comment != std::string_view::npos) {
      requirement = trim_blanks(requirement.substr(0, comment));
    }
    const auto parsed = parse_requirement(requirement);
    if (!parsed.ok()) {
      error(number, column_of(text, offset + parsed.error_offset), fmt::format("'{}': {}", requirement, parsed.error),
            text);
      return;
    }
    Dependency dependency;
    dependency.name = parsed.name;
    dependency.extras = parsed.extras;
    dependency.role = role;
    dependency.group = group;
    dependency.pos = {m_path, number, column_of(text, offset + parsed.name_offset)};
    dependency.text = std::string(requirement);
    m_out.dependencies.push_back(std::move(dependency));
  }

  void
  error(std::uint32_t line, std::uint32_t column, std::string message, std::string_view text)
  {
    if (m_out.errors.size() < k_max_errors) {
      m_out.errors.push_back(scan_error(m_path, line, column, std::move(message), text));
    }
  }

  std::string_view m_text;
  const std::string& m_path;
  std::string m_section;
  std::string m_key;
  bool m_has_key = false;
  ManifestRead m_out;
};

// Where each package key of a Pipfile.lock section is: "section/name" ->
// (line, column), found in one pass over the text (nlohmann keeps no
// positions). pipenv writes sections at 4 spaces and packages at 8.
std::map<std::string, std::pair<std::uint32_t, std::uint32_t>>
lock_key_positions(std::string_view text)
{
  std::map<std::string, std::pair<std::uint32_t, std::uint32_t>> positions;
  std::string section;
  std::uint32_t number = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    const std::string_view line = text.substr(at, end - at);
    at = end + 1;
    ++number;
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos || line[indent] != '"') {
      continue;
    }
    const std::size_t close = line.find('"', indent + 1);
    if (close == std::string_view::npos) {
      continue;
    }
    const std::string key(line.substr(indent + 1, close - indent - 1));
    if (indent == 4) {
      section = key;
    } else if (indent == 8 && !section.empty()) {
      positions.try_emplace(section + "/" + key, number, column_of(line, indent) + 1);
    }
  }
  return positions;
}

} // namespace

ManifestRead
read_setup_cfg(std::string_view text, const std::string& path)
{
  return CfgReader(text, path).run();
}

ManifestRead
read_pipfile_lock(std::string_view text, const std::string& path)
{
  ManifestRead out;
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    out.errors.push_back(scan_error(path, 1, 1, "not a Pipfile.lock: not a JSON object"));
    return out;
  }
  const auto positions = lock_key_positions(text);
  for (const char* section : {"default", "develop"}) {
    const auto found = json.find(section);
    if (found == json.end() || !found->is_object()) {
      continue;
    }
    for (const auto& [name, value] : found->items()) {
      (void)value;
      if (!model::is_package_name(name)) {
        out.errors.push_back(
          scan_error(path, 1, 1, fmt::format("'{}' in \"{}\" is not a package name", name, section)));
        continue;
      }
      Dependency dependency;
      dependency.name = model::normalized_package_name(name);
      dependency.role = Role::lock;
      dependency.group = section == std::string_view("develop") ? "develop" : "";
      const auto where = positions.find(fmt::format("{}/{}", section, name));
      if (where != positions.end()) {
        dependency.pos = {path, where->second.first, where->second.second};
      } else {
        dependency.pos = {path, 1, 1}; // not pipenv's layout: the file, not the line
      }
      dependency.text = fmt::format("\"{}\"", name);
      out.dependencies.push_back(std::move(dependency));
    }
  }
  return out;
}

} // namespace framewise::scan
