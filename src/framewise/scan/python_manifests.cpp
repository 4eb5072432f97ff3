#include <framewise/scan/python_manifests.hpp>
#include <framewise/scan/python_tokens.hpp>
#include <framewise/scan/requirement.hpp>

#include <fmt/format.h>

#include <map>
#include <optional>

namespace framewise::scan {

namespace {

using Kind = PyToken::Kind;

// The string tokens of a literal list or tuple starting at `at` (an opening
// bracket), and the index after its closing bracket; nothing when an item is
// not a plain string literal.
struct LiteralList
{
  std::vector<const PyToken*> items;
  std::size_t next = 0;
};

std::optional<LiteralList>
literal_list(const std::vector<PyToken>& tokens, std::size_t at)
{
  if (at >= tokens.size() || !(is_op(tokens[at], "[") || is_op(tokens[at], "("))) {
    return std::nullopt;
  }
  const std::string_view close = is_op(tokens[at], "[") ? "]" : ")";
  LiteralList list;
  ++at;
  for (;;) {
    if (at >= tokens.size() || tokens[at].kind == Kind::end) {
      return std::nullopt;
    }
    if (is_op(tokens[at], close)) {
      list.next = at + 1;
      return list;
    }
    if (tokens[at].kind != Kind::string || tokens[at].f_string) {
      return std::nullopt;
    }
    // Adjacent literals are one string in Python ("a" "b").
    if (at + 1 < tokens.size() && tokens[at + 1].kind == Kind::string) {
      return std::nullopt;
    }
    list.items.push_back(&tokens[at]);
    ++at;
    if (is_op(tokens[at], ",")) {
      ++at;
    } else if (!is_op(tokens[at], close)) {
      return std::nullopt;
    }
  }
}

// Module-level `NAME = [literal list]`, bound exactly once.
std::map<std::string_view, std::optional<LiteralList>>
module_lists(const std::vector<PyToken>& tokens)
{
  std::map<std::string_view, std::optional<LiteralList>> lists;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (!tokens[i].at_module_level || tokens[i].kind != Kind::name) {
      continue;
    }
    if (!is_op(tokens[i + 1], "=") && !is_op(tokens[i + 1], "+=")) {
      continue;
    }
    auto list = is_op(tokens[i + 1], "=") ? literal_list(tokens, i + 2) : std::nullopt;
    const bool bound_before = lists.count(tokens[i].text) > 0;
    // A second binding makes the name's value depend on order: not literal.
    lists[tokens[i].text] = bound_before ? std::nullopt : std::move(list);
  }
  return lists;
}

bool
ends_expression(const PyToken& token)
{
  return token.kind == Kind::end || is_op(token, ",") || is_op(token, ")") || is_op(token, "}") ||
         token.at_module_level;
}

class PythonReader
{
public:
  PythonReader(std::string_view text, const std::string& path)
      : m_text(text)
      , m_path(path)
      , m_tokens(tokenize_python(text))
  {
    if (!m_tokens.error.empty()) {
      m_out.errors.push_back(scan_error(m_path, m_tokens.error_line, m_tokens.error_column, m_tokens.error,
                                        line_text(m_text, m_tokens.error_line)));
    } else {
      m_lists = module_lists(m_tokens.tokens);
    }
  }

  bool
  ok() const
  {
    return m_tokens.error.empty();
  }

  const std::vector<PyToken>&
  tokens() const
  {
    return m_tokens.tokens;
  }

  // The string items of the expression at `at`: literal lists and module-level
  // list names joined with '+'. Nothing when a part is computed.
  std::optional<std::vector<const PyToken*>>
  list_expression(std::size_t at, std::size_t* end = nullptr) const
  {
    const auto& tokens = m_tokens.tokens;
    std::vector<const PyToken*> items;
    for (;;) {
      if (auto list = literal_list(tokens, at)) {
        items.insert(items.end(), list->items.begin(), list->items.end());
        at = list->next;
      } else if (tokens[at].kind == Kind::name) {
        const auto bound = m_lists.find(tokens[at].text);
        if (bound == m_lists.end() || !bound->second) {
          return std::nullopt;
        }
        items.insert(items.end(), bound->second->items.begin(), bound->second->items.end());
        ++at;
      } else {
        return std::nullopt;
      }
      if (is_op(tokens[at], "+")) {
        ++at;
        continue;
      }
      if (ends_expression(tokens[at])) {
        if (end != nullptr) {
          *end = at;
        }
        return items;
      }
      return std::nullopt;
    }
  }

  void
  note_computed(const PyToken& at, std::string_view what)
  {
    m_out.notes.push_back(fmt::format("{}:{}:{}: {} is computed, not a literal list; scan reads Python as text and "
                                      "never runs it, so its entries are unknown: declare the answers in the profile",
                                      m_path, at.line, at.column, what));
  }

  void
  add_requirements(const std::vector<const PyToken*>& items, Role role, std::string_view group)
  {
    for (const PyToken* item : items) {
      const auto parsed = parse_requirement(item->value);
      if (!parsed.ok()) {
        m_out.errors.push_back(scan_error(m_path, item->line, item->column,
                                          fmt::format("'{}': {}", item->value, parsed.error),
                                          line_text(m_text, item->line)));
        continue;
      }
      Dependency dependency;
      dependency.name = parsed.name;
      dependency.extras = parsed.extras;
      dependency.role = role;
      dependency.group = std::string(group);
      dependency.pos = {m_path, item->line,
                        item->column + static_cast<std::uint32_t>(column_of(item->value, parsed.name_offset))};
      dependency.text = item->value;
      m_out.dependencies.push_back(std::move(dependency));
    }
  }

  void
  add_apps(const std::vector<const PyToken*>& items)
  {
    for (const PyToken* item : items) {
      Dependency dependency;
      dependency.name = item->value;
      dependency.role = Role::app;
      dependency.pos = {m_path, item->line, item->column + 1}; // after the quote
      dependency.text = std::string(item->text);
      m_out.dependencies.push_back(std::move(dependency));
    }
  }

  ManifestRead&
  out()
  {
    return m_out;
  }

private:
  std::string_view m_text;
  const std::string& m_path;
  PyTokens m_tokens;
  std::map<std::string_view, std::optional<LiteralList>> m_lists;
  ManifestRead m_out;
};

// `extras_require={"name": [...], ...}`: each literal list is one extra.
bool
read_extras_dict(PythonReader& reader, std::size_t at)
{
  const auto& tokens = reader.tokens();
  if (!is_op(tokens[at], "{")) {
    return false;
  }
  ++at;
  while (!is_op(tokens[at], "}")) {
    if (tokens[at].kind != Kind::string || tokens[at + 1].kind == Kind::end || !is_op(tokens[at + 1], ":")) {
      return false;
    }
    const std::string group = tokens[at].value;
    std::size_t end = 0;
    const auto items = reader.list_expression(at + 2, &end);
    if (!items || !(is_op(tokens[end], ",") || is_op(tokens[end], "}"))) {
      return false;
    }
    reader.add_requirements(*items, Role::optional, group);
    at = end;
    if (is_op(tokens[at], ",")) {
      ++at;
    }
  }
  return true;
}

} // namespace

ManifestRead
read_setup_py(std::string_view text, const std::string& path)
{
  PythonReader reader(text, path);
  if (!reader.ok()) {
    return std::move(reader.out());
  }
  const auto& tokens = reader.tokens();
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (tokens[i].kind != Kind::name || !is_op(tokens[i + 1], "=") || tokens[i].at_module_level) {
      continue;
    }
    const std::string_view keyword = tokens[i].text;
    if (keyword == "install_requires" || keyword == "tests_require") {
      const auto items = reader.list_expression(i + 2);
      if (!items) {
        reader.note_computed(tokens[i], fmt::format("setup.py's {}", keyword));
        continue;
      }
      reader.add_requirements(*items, keyword == "install_requires" ? Role::declared : Role::group,
                              keyword == "install_requires" ? "" : "tests_require");
    } else if (keyword == "extras_require" && !read_extras_dict(reader, i + 2)) {
      reader.note_computed(tokens[i], "setup.py's extras_require");
    }
  }
  return std::move(reader.out());
}

ManifestRead
read_installed_apps(std::string_view text, const std::string& path)
{
  PythonReader reader(text, path);
  if (!reader.ok()) {
    return std::move(reader.out());
  }
  const auto& tokens = reader.tokens();
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (!tokens[i].at_module_level || tokens[i].text != "INSTALLED_APPS" ||
        !(is_op(tokens[i + 1], "=") || is_op(tokens[i + 1], "+="))) {
      continue;
    }
    const auto items = reader.list_expression(i + 2);
    if (!items) {
      reader.note_computed(tokens[i], "INSTALLED_APPS");
      continue;
    }
    reader.add_apps(*items);
  }
  return std::move(reader.out());
}

} // namespace framewise::scan
