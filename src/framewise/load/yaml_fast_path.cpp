#include <framewise/load/source_text.hpp>
#include <framewise/load/yaml_fast_path.hpp>

#include <vector>

namespace framewise::load {

namespace {

bool
is_alnum(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool
is_key_char(char c)
{
  return is_alnum(c) || c == '_' || c == '-' || c == '.';
}

bool
is_word_char(char c)
{
  return is_alnum(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '+' || c == '@';
}

// A plain word may not start with an indicator: '-' only before a letter or
// digit ("-5", not "- 5"), never with '@'. '~' starts one (alone, it is null).
bool
can_start_word(std::string_view line, std::size_t at)
{
  const char c = line[at];
  if (c == '-') {
    return at + 1 < line.size() && is_alnum(line[at + 1]);
  }
  return (is_word_char(c) && c != '@') || c == '~';
}

// The plain scalars yaml-cpp's parser turns into null nodes.
bool
is_null_word(std::string_view word)
{
  return word == "~" || word == "null" || word == "Null" || word == "NULL";
}

// YAML's longest implicit key; yaml-cpp refuses longer ones.
constexpr std::size_t k_max_simple_key = 1024;

} // namespace

class YamlFastPath
{
public:
  // Fills `document`, or leaves it empty and returns false.
  static bool
  read(std::string_view text, YamlDocument& document)
  {
    if (YamlFastPath(text, document).run()) {
      return true;
    }
    document.m_nodes.clear();
    document.m_root = YamlNode();
    return false;
  }

private:
  YamlFastPath(std::string_view text, YamlDocument& document)
      : m_text(text)
      , m_document(document)
      , m_columns(text)
  {}

  bool
  run()
  {
    if (m_text.find_first_of("\t\r") != std::string_view::npos) {
      return false;
    }
    std::size_t start = 0;
    while (start < m_text.size()) {
      std::size_t end = m_text.find('\n', start);
      if (end == std::string_view::npos) {
        end = m_text.size();
      }
      ++m_line_number;
      m_line_start = start;
      m_line = m_text.substr(start, end - start);
      if (!read_line()) {
        return false;
      }
      start = end + 1;
    }
    // `key:` with nothing under it is null: left to yaml-cpp, like every
    // null that is not written out.
    return !m_waiting_key.exists();
  }

  struct Open
  {
    YamlNodeData* node;
    std::size_t indent; // of the keys of a map, of the '-' of a list
  };

  bool
  read_line()
  {
    const std::size_t indent = m_line.find_first_not_of(' ');
    if (indent == std::string_view::npos || m_line[indent] == '#') {
      return true; // blank or comment
    }
    const bool item = m_line[indent] == '-' && (indent + 1 == m_line.size() || m_line[indent + 1] == ' ');
    if (!place(indent, item)) {
      return false;
    }
    if (item) {
      std::size_t at = skip_spaces(indent + 1);
      if (at_end_of_content(at)) {
        return false; // a nested block under '-'
      }
      const YamlNode value = read_value(at);
      if (!value.exists() || !rest_is_comment(at)) {
        return false;
      }
      m_open.back().node->items.push_back(value);
      return true;
    }
    return read_entry(indent);
  }

  bool
  read_entry(std::size_t indent)
  {
    std::size_t at = indent;
    while (at < m_line.size() && is_key_char(m_line[at])) {
      ++at;
    }
    const std::string_view key_text = m_line.substr(indent, at - indent);
    if (key_text.empty() || key_text.size() > k_max_simple_key || key_text.front() == '-' || at == m_line.size() ||
        m_line[at] != ':' || (at + 1 < m_line.size() && m_line[at + 1] != ' ')) {
      return false;
    }
    const YamlNode key = word(indent, key_text);
    at = skip_spaces(at + 1);
    if (at_end_of_content(at)) {
      m_waiting_key = key;
      return true;
    }
    const YamlNode value = read_value(at);
    if (!value.exists() || !rest_is_comment(at)) {
      return false;
    }
    m_open.back().node->entries.push_back({key, value});
    return true;
  }

  // Opens, closes and checks the collections around a line at `indent`; false
  // when the line does not fit the indentation (yaml-cpp then words why).
  bool
  place(std::size_t indent, bool item)
  {
    const auto kind = item ? YamlNode::Kind::sequence : YamlNode::Kind::map;
    if (m_waiting_key.exists()) {
      // The block under `key:` starts more indented, or with '-' level with it.
      const std::size_t key_indent = m_open.back().indent;
      if (indent < key_indent || (indent == key_indent && !item)) {
        return false;
      }
      YamlNodeData& block = make(kind, indent);
      m_open.back().node->entries.push_back({m_waiting_key, YamlNode(&block)});
      m_open.push_back({&block, indent});
      m_waiting_key = YamlNode();
      return true;
    }
    if (m_open.empty()) {
      if (m_document.m_root.exists()) {
        return false;
      }
      YamlNodeData& root = make(kind, indent);
      m_document.m_root = YamlNode(&root);
      m_open.push_back({&root, indent});
      return true;
    }
    while (!m_open.empty() && m_open.back().indent > indent) {
      m_open.pop_back();
    }
    // A list level with its key ends at the next key of that map.
    if (!item && m_open.size() >= 2 && m_open.back().node->kind == YamlNode::Kind::sequence &&
        m_open.back().indent == indent && m_open[m_open.size() - 2].indent == indent) {
      m_open.pop_back();
    }
    return !m_open.empty() && m_open.back().indent == indent && m_open.back().node->kind == kind;
  }

  // A scalar or a one-line flow list starting at `at`; no node when the text
  // there is outside the subset. Moves `at` past it.
  YamlNode
  read_value(std::size_t& at)
  {
    if (m_line[at] != '[') {
      return read_scalar(at, false);
    }
    YamlNodeData& list = make(YamlNode::Kind::sequence, at);
    at = skip_spaces(at + 1);
    if (at < m_line.size() && m_line[at] == ']') {
      ++at;
      return YamlNode(&list);
    }
    while (at < m_line.size()) {
      const YamlNode item = read_scalar(at, true);
      if (!item.exists()) {
        return {};
      }
      list.items.push_back(item);
      at = skip_spaces(at);
      if (at < m_line.size() && m_line[at] == ']') {
        ++at;
        return YamlNode(&list);
      }
      if (at == m_line.size() || m_line[at] != ',') {
        return {};
      }
      at = skip_spaces(at + 1);
    }
    return {};
  }

  YamlNode
  read_scalar(std::size_t& at, bool in_flow)
  {
    if (at >= m_line.size()) {
      return {};
    }
    const char quote = m_line[at];
    if (quote == '"' || quote == '\'') {
      const std::size_t close = m_line.find(quote, at + 1);
      if (close == std::string_view::npos ||
          (quote == '\'' && close + 1 < m_line.size() && m_line[close + 1] == '\'')) {
        return {};
      }
      const std::string_view inside = m_line.substr(at + 1, close - at - 1);
      for (const char c : inside) {
        if (c == '\\' || (static_cast<unsigned char>(c) < 0x20) || c == 0x7F) {
          return {};
        }
      }
      YamlNodeData& node = make(YamlNode::Kind::scalar, at);
      node.scalar = inside;
      at = close + 1;
      return YamlNode(&node);
    }
    if (!can_start_word(m_line, at)) {
      return {};
    }
    const std::size_t start = at++;
    while (at < m_line.size() && (is_word_char(m_line[at]) || (!in_flow && m_line[at] == ' '))) {
      ++at;
    }
    if (at < m_line.size() && m_line[at] == '#' && m_line[at - 1] != ' ') {
      return {}; // '#' inside a word belongs to the word
    }
    std::size_t end = at;
    while (m_line[end - 1] == ' ') {
      --end;
    }
    return word(start, m_line.substr(start, end - start));
  }

  YamlNode
  word(std::size_t at, std::string_view text)
  {
    if (is_null_word(text)) {
      return YamlNode(&make(YamlNode::Kind::null, at));
    }
    YamlNodeData& node = make(YamlNode::Kind::scalar, at);
    node.plain = true;
    node.scalar = text;
    return YamlNode(&node);
  }

  YamlNodeData&
  make(YamlNode::Kind kind, std::size_t at)
  {
    YamlNodeData& node = m_document.m_nodes.emplace_back();
    node.kind = kind;
    node.line = m_line_number;
    node.column = m_columns.column(m_line_start, m_line_start + at);
    return node;
  }

  std::size_t
  skip_spaces(std::size_t at) const
  {
    while (at < m_line.size() && m_line[at] == ' ') {
      ++at;
    }
    return at;
  }

  bool
  at_end_of_content(std::size_t at) const
  {
    return at == m_line.size() || (m_line[at] == '#' && m_line[at - 1] == ' ');
  }

  bool
  rest_is_comment(std::size_t at) const
  {
    const std::size_t next = skip_spaces(at);
    return next == m_line.size() || (m_line[next] == '#' && m_line[next - 1] == ' ');
  }

  std::string_view m_text;
  YamlDocument& m_document;
  ColumnCounter m_columns;
  std::size_t m_line_start = 0;
  std::string_view m_line;
  std::uint32_t m_line_number = 0;
  std::vector<Open> m_open;
  YamlNode m_waiting_key; // a `key:` whose value is the block on the next lines
};

bool
parse_yaml_fast_path(std::string_view text, YamlDocument& document)
{
  return YamlFastPath::read(text, document);
}

} // namespace framewise::load
