// toml++ reports errors as values here (no exceptions), and this is its only
// translation unit in framewise, so the settings are the same everywhere.
#define TOML_EXCEPTIONS 0
// toml++ 3.3 checks some of its parser's expectations with TOML_ASSERT_ASSUME,
// which hostile input can break ("[,x]" as a table header): an abort in a
// build without NDEBUG, and __builtin_assume (undefined behaviour) in a clang
// build with it. Without NDEBUG and with TOML_ASSERT made a no-op, the check is
// neither, and the parser goes on to report the error as a value, as in a GCC
// release build (tests/fuzz/regression/scan_toml/table-header-comma.toml).
#pragma push_macro("NDEBUG")
#undef NDEBUG
#define TOML_ASSERT(expr) static_cast<void>(0)
#include <toml++/toml.h>
#pragma pop_macro("NDEBUG")

#include <framewise/model/package_name.hpp>
#include <framewise/scan/requirement.hpp>
#include <framewise/scan/toml_guard.hpp>
#include <framewise/scan/toml_manifests.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace framewise::scan {

namespace {

constexpr std::size_t k_max_errors = 50;

class TomlReader
{
public:
  TomlReader(std::string_view text, const std::string& path)
      : m_text(text)
      , m_path(path)
  {}

  // The parsed document, or nothing (and an error) when it is not TOML.
  const toml::table*
  parse()
  {
    if (const auto hazard = toml_hazard(m_text)) {
      error_at(hazard->line, hazard->column, hazard->message, hazard->hint);
      return nullptr;
    }
    m_result = toml::parse(m_text, m_path);
    if (!m_result) {
      const auto& failure = m_result.error();
      const auto& begin = failure.source().begin;
      error_at(begin.line, begin.column, fmt::format("not valid TOML: {}", failure.description()));
      return nullptr;
    }
    return &m_result.table();
  }

  void
  error_at(std::uint32_t line, std::uint32_t column, std::string message, std::string hint = {})
  {
    if (m_out.errors.size() < k_max_errors) {
      m_out.errors.push_back(
        scan_error(m_path, line, column, std::move(message), line_text(m_text, line), std::move(hint)));
    }
  }

  void
  error(const toml::node& node, std::string message, std::string hint = {})
  {
    error_at(node.source().begin.line, node.source().begin.column, std::move(message), std::move(hint));
  }

  // A PEP 508 string of an array: one dependency, or an error at the string.
  void
  requirement_string(const toml::node& node, Role role, std::string_view group)
  {
    const auto* text = node.as_string();
    if (text == nullptr) {
      error(node, "expected a requirement string (PEP 508)");
      return;
    }
    const auto parsed = parse_requirement(text->get());
    if (!parsed.ok()) {
      // The string's column is its opening quote; the offset is inside it.
      error(node, fmt::format("'{}': {}", text->get(), parsed.error),
            "a requirement is a PEP 508 name with optional [extras], version and ; markers");
      return;
    }
    Dependency dependency;
    dependency.name = parsed.name;
    dependency.extras = parsed.extras;
    dependency.role = role;
    dependency.group = std::string(group);
    dependency.pos = position(node);
    // From the opening quote to the name (exact unless escapes come before it).
    dependency.pos.column += column_of(text->get(), parsed.name_offset);
    dependency.text = text->get();
    m_out.dependencies.push_back(std::move(dependency));
  }

  // An array of PEP 508 strings; a non-array is an error.
  void
  requirement_array(const toml::node& node, std::string_view what, Role role, std::string_view group)
  {
    const auto* array = node.as_array();
    if (array == nullptr) {
      error(node, fmt::format("{} must be an array of requirement strings", what));
      return;
    }
    for (const auto& item : *array) {
      requirement_string(item, role, group);
    }
  }

  // A table whose keys are package names (Poetry, Pipfile): `name = "^1.0"`
  // or `name = {version = "...", extras = [...], optional = true}`.
  void
  name_table(const toml::node& node, std::string_view what, Role role, std::string_view group, bool skip_python)
  {
    const auto* table = node.as_table();
    if (table == nullptr) {
      error(node, fmt::format("{} must be a table of package names", what));
      return;
    }
    for (const auto& [key, value] : *table) {
      const std::string_view name = key.str();
      if (skip_python && model::normalized_package_name(name) == "python") {
        continue; // Poetry's Python version constraint, not a package
      }
      const auto& begin = key.source().begin;
      if (!model::is_package_name(name)) {
        error_at(begin.line, begin.column, fmt::format("'{}' is not a package name", name));
        continue;
      }
      Dependency dependency;
      dependency.name = model::normalized_package_name(name);
      dependency.role = role;
      dependency.group = std::string(group);
      dependency.pos = {m_path, begin.line, begin.column};
      dependency.text = std::string(line_text(m_text, begin.line));
      if (const auto* spec = value.as_table()) {
        if (const auto* extras = (*spec)["extras"].as_array()) {
          for (const auto& extra : *extras) {
            if (const auto* extra_name = extra.as_string()) {
              dependency.extras.push_back(model::normalized_package_name(extra_name->get()));
            }
          }
        }
        if (role == Role::declared && (*spec)["optional"].value_or(false)) {
          dependency.role = Role::optional;
        }
      }
      dependency.text = trimmed(dependency.text);
      m_out.dependencies.push_back(std::move(dependency));
    }
  }

  model::SourcePos
  position(const toml::node& node) const
  {
    return {m_path, node.source().begin.line, node.source().begin.column};
  }

  ManifestRead&
  out()
  {
    return m_out;
  }

  // toml++ keeps a table's keys sorted, not in file order: evidence reads
  // better in the order of the file.
  ManifestRead
  take()
  {
    std::stable_sort(m_out.dependencies.begin(), m_out.dependencies.end(),
                     [](const Dependency& a, const Dependency& b) {
                       return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
                     });
    return std::move(m_out);
  }

  std::string_view
  text() const
  {
    return m_text;
  }

  const std::string&
  path() const
  {
    return m_path;
  }

private:
  static std::string
  trimmed(std::string_view text)
  {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
      text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
      text.remove_suffix(1);
    }
    return std::string(text);
  }

  std::string_view m_text;
  const std::string& m_path;
  toml::parse_result m_result;
  ManifestRead m_out;
};

void
read_project(TomlReader& reader, const toml::table& root)
{
  const auto* project = root["project"].as_table();
  if (project == nullptr) {
    return;
  }
  if (const auto* dependencies = project->get("dependencies")) {
    reader.requirement_array(*dependencies, "[project] dependencies", Role::declared, "");
  }
  if (const auto* optional = project->get("optional-dependencies")) {
    if (const auto* table = optional->as_table()) {
      for (const auto& [key, value] : *table) {
        reader.requirement_array(value, "an optional-dependencies entry", Role::optional, key.str());
      }
    } else {
      reader.error(*optional, "[project] optional-dependencies must be a table of arrays");
    }
  }
  if (const auto* dynamic = project->get("dynamic")) {
    if (const auto* fields = dynamic->as_array()) {
      for (const auto& field : *fields) {
        const auto name = field.value_or(std::string_view());
        if (name == "dependencies" || name == "optional-dependencies") {
          reader.out().notes.push_back(fmt::format(
            "{}:{}:{}: project.dynamic lists '{}': the build backend computes them, so scan cannot know them; "
            "declare the answers in the profile, or list them statically",
            reader.path(), field.source().begin.line, field.source().begin.column, name));
        }
      }
    }
  }
}

// PEP 735: groups of requirement strings and {include-group = "name"} tables;
// group names are compared normalised, an include must name a group of the
// table, and includes must not form a cycle.
void
read_dependency_groups(TomlReader& reader, const toml::table& root)
{
  const auto* node = root.get("dependency-groups");
  if (node == nullptr) {
    return;
  }
  const auto* groups = node->as_table();
  if (groups == nullptr) {
    reader.error(*node, "[dependency-groups] must be a table of arrays");
    return;
  }
  std::map<std::string, std::vector<std::pair<std::string, const toml::node*>>> includes;
  std::set<std::string> names;
  for (const auto& [key, value] : *groups) {
    names.insert(model::normalized_package_name(key.str()));
  }
  for (const auto& [key, value] : *groups) {
    const std::string group = std::string(key.str());
    const auto* items = value.as_array();
    if (items == nullptr) {
      reader.error(value, fmt::format("dependency group '{}' must be an array", group));
      continue;
    }
    for (const auto& item : *items) {
      if (const auto* table = item.as_table()) {
        const auto* target = (*table)["include-group"].as_string();
        if (target == nullptr || table->size() != 1) {
          reader.error(item, "a table in a dependency group must be {include-group = \"NAME\"}");
          continue;
        }
        const std::string normalized = model::normalized_package_name(target->get());
        if (names.count(normalized) == 0) {
          reader.error(item, fmt::format("include-group '{}' names no group of [dependency-groups]", target->get()));
          continue;
        }
        includes[model::normalized_package_name(group)].emplace_back(normalized, &item);
        continue;
      }
      reader.requirement_string(item, Role::group, group);
    }
  }
  // A cycle is refused with its chain: one depth-first search with colours
  // (linear in groups and includes, however they branch), reporting each
  // include that closes a cycle.
  enum class Colour : std::uint8_t
  {
    white,
    grey,
    black
  };
  std::map<std::string, Colour> colour;
  for (const auto& start : names) {
    if (colour[start] != Colour::white) {
      continue;
    }
    std::vector<std::string> chain{start};
    std::vector<std::size_t> next{0};
    colour[start] = Colour::grey;
    while (!chain.empty()) {
      const auto& edges = includes[chain.back()];
      if (next.back() >= edges.size()) {
        colour[chain.back()] = Colour::black;
        chain.pop_back();
        next.pop_back();
        continue;
      }
      const auto& [target, include_node] = edges[next.back()++];
      if (colour[target] == Colour::grey) {
        const auto from = std::find(chain.begin(), chain.end(), target);
        std::vector<std::string> cycle(from, chain.end());
        cycle.push_back(target);
        reader.error(*include_node, fmt::format("include-group cycle: {}", fmt::join(cycle, " -> ")),
                     "a group may not include itself, directly or through others (PEP 735)");
        continue;
      }
      if (colour[target] == Colour::black) {
        continue;
      }
      colour[target] = Colour::grey;
      chain.push_back(target);
      next.push_back(0);
    }
  }
}

void
read_poetry(TomlReader& reader, const toml::table& root)
{
  const auto* poetry = root["tool"]["poetry"].as_table();
  if (poetry == nullptr) {
    return;
  }
  if (const auto* main = poetry->get("dependencies")) {
    reader.name_table(*main, "[tool.poetry.dependencies]", Role::declared, "", true);
  }
  if (const auto* dev = poetry->get("dev-dependencies")) {
    reader.name_table(*dev, "[tool.poetry.dev-dependencies]", Role::group, "dev", true);
  }
  if (const auto* groups = (*poetry)["group"].as_table()) {
    for (const auto& [name, group] : *groups) {
      if (const auto* dependencies = group.as_table() ? group.as_table()->get("dependencies") : nullptr) {
        reader.name_table(*dependencies, fmt::format("[tool.poetry.group.{}.dependencies]", name.str()), Role::group,
                          name.str(), true);
      }
    }
  }
}

void
read_tool_groups(TomlReader& reader, const toml::table& root)
{
  if (const auto* pdm = root["tool"]["pdm"]["dev-dependencies"].node()) {
    if (const auto* table = pdm->as_table()) {
      for (const auto& [name, value] : *table) {
        reader.requirement_array(value, "a [tool.pdm.dev-dependencies] group", Role::group, name.str());
      }
    } else {
      reader.error(*pdm, "[tool.pdm.dev-dependencies] must be a table of arrays");
    }
  }
  if (const auto* uv = root["tool"]["uv"]["dev-dependencies"].node()) {
    reader.requirement_array(*uv, "[tool.uv] dev-dependencies", Role::group, "dev");
  }
  if (const auto* envs = root["tool"]["hatch"]["envs"].as_table()) {
    for (const auto& [name, env] : *envs) {
      const auto* table = env.as_table();
      if (table == nullptr) {
        continue;
      }
      for (const char* key : {"dependencies", "extra-dependencies"}) {
        if (const auto* list = table->get(key)) {
          reader.requirement_array(*list, fmt::format("[tool.hatch.envs.{}] {}", name.str(), key), Role::group,
                                   fmt::format("hatch:{}", name.str()));
        }
      }
    }
  }
}

} // namespace

ManifestRead
read_pyproject(std::string_view text, const std::string& path)
{
  TomlReader reader(text, path);
  if (const auto* root = reader.parse()) {
    read_project(reader, *root);
    read_dependency_groups(reader, *root);
    read_poetry(reader, *root);
    read_tool_groups(reader, *root);
  }
  return reader.take();
}

ManifestRead
read_pipfile(std::string_view text, const std::string& path)
{
  TomlReader reader(text, path);
  if (const auto* root = reader.parse()) {
    for (const auto& [key, value] : *root) {
      const std::string_view name = key.str();
      if (name == "source" || name == "requires" || name == "scripts" || name == "pipenv") {
        continue; // not package categories
      }
      const bool main = name == "packages";
      reader.name_table(value, fmt::format("[{}]", name), main ? Role::declared : Role::group, main ? "" : name, false);
    }
  }
  return reader.take();
}

ManifestRead
read_toml_lock(std::string_view text, const std::string& path)
{
  TomlReader reader(text, path);
  if (const auto* root = reader.parse()) {
    const auto* packages = (*root)["package"].as_array();
    if (packages == nullptr) {
      return reader.take();
    }
    for (const auto& entry : *packages) {
      const auto* table = entry.as_table();
      if (table == nullptr) {
        reader.error(entry, "a [[package]] entry must be a table");
        continue;
      }
      const auto* source = (*table)["source"].as_table();
      if (source != nullptr && (source->contains("editable") || source->contains("virtual"))) {
        continue; // uv.lock's entry for the project itself
      }
      const auto* name = (*table)["name"].as_string();
      if (name == nullptr || !model::is_package_name(name->get())) {
        reader.error(entry, "a [[package]] entry needs a 'name' that is a package name");
        continue;
      }
      Dependency dependency;
      dependency.name = model::normalized_package_name(name->get());
      dependency.role = Role::lock;
      dependency.pos = reader.position(*name);
      dependency.text = std::string(line_text(reader.text(), dependency.pos.line));
      reader.out().dependencies.push_back(std::move(dependency));
    }
  }
  return reader.take();
}

} // namespace framewise::scan
