#include <framewise/load/json_tree.hpp>

#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace framewise::load {

bool
is_json_source(const SourceText& source)
{
  if (source.name.ends_with(".json")) {
    return true;
  }
  const std::size_t first = source.text.find_first_not_of(" \t\r\n");
  return source.name == "<stdin>" && first != std::string_view::npos && source.text[first] == '{';
}

// Recursive descent over the text; throws JsonProblem at the first mistake.
class JsonTreeBuilder
{
public:
  JsonTreeBuilder(std::string_view text, YamlDocument& document)
      : m_text(text)
      , m_document(document)
      , m_columns(text)
  {}

  void
  run()
  {
    skip_space();
    if (m_at == m_text.size()) {
      fail(m_at, "malformed JSON: the text holds no value", "a profile is an object: {\"answers\": {...}}");
    }
    m_document.m_root = value(0);
    skip_space();
    if (m_at < m_text.size() && (m_text[m_at] == '}' || m_text[m_at] == ']')) {
      fail(m_at, fmt::format("malformed JSON: '{}' closes nothing", m_text[m_at]),
           "remove it, or add the bracket it should close");
    }
    if (m_at < m_text.size()) {
      fail(m_at, "malformed JSON: text after the end of the JSON value",
           "a JSON file holds one value; remove what follows it");
    }
  }

private:
  [[noreturn]] static void
  fail(std::size_t offset, std::string message, std::string hint)
  {
    throw JsonProblem{offset, std::move(message), std::move(hint)};
  }

  void
  skip_space()
  {
    while (m_at < m_text.size()) {
      const char c = m_text[m_at];
      if (c == '\n') {
        ++m_line;
        m_line_start = m_at + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      ++m_at;
    }
  }

  YamlNodeData&
  node_here(YamlNode::Kind kind)
  {
    YamlNodeData& node = m_document.m_nodes.emplace_back();
    node.kind = kind;
    node.line = m_line;
    node.column = m_columns.column(m_line_start, m_at);
    return node;
  }

  // The character at m_at as a message shows it.
  std::string
  shown() const
  {
    if (m_at >= m_text.size()) {
      return "the end of the text";
    }
    const auto c = static_cast<unsigned char>(m_text[m_at]);
    return c < 0x20 || c >= 0x7F ? std::string("a character") : fmt::format("'{}'", static_cast<char>(c));
  }

  // What YAML (or JavaScript) allows and JSON does not, said as such.
  void
  not_json_here() const
  {
    const char c = m_at < m_text.size() ? m_text[m_at] : '\0';
    if (c == '\'') {
      fail(m_at, "malformed JSON: text in single quotes", "JSON strings and keys are written in double quotes");
    }
    if (c == '/' || c == '#') {
      fail(m_at, "malformed JSON: a comment", "JSON has no comments; remove it, or write the profile in YAML");
    }
  }

  YamlNode
  value(std::size_t depth)
  {
    if (m_at >= m_text.size()) {
      fail(m_at, "malformed JSON: the text ends where a value should be", "complete the value, or remove the ','");
    }
    const char c = m_text[m_at];
    if (c == '{' || c == '[') {
      if (depth >= k_max_nesting) {
        fail(m_at, fmt::format("nesting is deeper than {} levels", k_max_nesting),
             "profiles and rule packs need only a few levels");
      }
      return c == '{' ? object(depth + 1) : array(depth + 1);
    }
    if (c == '"') {
      YamlNodeData& node = node_here(YamlNode::Kind::scalar);
      node.scalar = string();
      return YamlNode(&node);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    for (const std::string_view word : {"true", "false", "null"}) {
      if (m_text.substr(m_at).starts_with(word)) {
        YamlNodeData& node = node_here(word == "null" ? YamlNode::Kind::null : YamlNode::Kind::scalar);
        node.plain = true;
        node.scalar = word == "null" ? std::string() : std::string(word);
        m_at += word.size();
        return YamlNode(&node);
      }
    }
    not_json_here();
    if (c == '}' || c == ']') {
      fail(m_at, fmt::format("malformed JSON: '{}' where a value should be", c),
           "remove the ',' before it, or add the missing value");
    }
    fail(m_at, fmt::format("malformed JSON: unexpected {}; expected a value", shown()),
         "a value is text in double quotes, a number, true, false, null, {...} or [...]");
  }

  YamlNode
  object(std::size_t depth)
  {
    YamlNodeData& node = node_here(YamlNode::Kind::map);
    ++m_at; // '{'
    skip_space();
    if (m_at < m_text.size() && m_text[m_at] == '}') {
      ++m_at;
      return YamlNode(&node);
    }
    while (true) {
      skip_space();
      if (m_at >= m_text.size() || m_text[m_at] != '"') {
        not_json_here();
        if (m_at < m_text.size() && m_text[m_at] == '}' && !node.entries.empty()) {
          fail(m_last_comma, "malformed JSON: a ',' after the last entry", "JSON allows no trailing comma; remove it");
        }
        fail(m_at, fmt::format("malformed JSON: expected a key in double quotes, found {}", shown()),
             "write each entry as \"key\": value");
      }
      YamlNodeData& key = node_here(YamlNode::Kind::scalar);
      key.scalar = string();
      skip_space();
      if (m_at >= m_text.size() || m_text[m_at] != ':') {
        fail(m_at, fmt::format("malformed JSON: expected ':' after the key, found {}", shown()),
             "write each entry as \"key\": value");
      }
      ++m_at;
      skip_space();
      const YamlNode entry_value = value(depth);
      node.entries.push_back(YamlEntry{YamlNode(&key), entry_value});
      const std::size_t value_end = m_at;
      skip_space();
      if (m_at < m_text.size() && m_text[m_at] == ',') {
        m_last_comma = m_at++;
        continue;
      }
      if (m_at < m_text.size() && m_text[m_at] == '}') {
        ++m_at;
        return YamlNode(&node);
      }
      if (m_at < m_text.size() && m_text[m_at] == '"') {
        // The next entry already starts: the ',' is missing where the value ends.
        fail(value_end, "malformed JSON: expected ',' after this", "separate the entries with ','");
      }
      fail(m_at, fmt::format("malformed JSON: expected ',' or '}}' after this entry, found {}", shown()),
           "separate the entries with ','");
    }
  }

  YamlNode
  array(std::size_t depth)
  {
    YamlNodeData& node = node_here(YamlNode::Kind::sequence);
    ++m_at; // '['
    skip_space();
    if (m_at < m_text.size() && m_text[m_at] == ']') {
      ++m_at;
      return YamlNode(&node);
    }
    while (true) {
      skip_space();
      if (m_at < m_text.size() && m_text[m_at] == ']' && !node.items.empty()) {
        fail(m_last_comma, "malformed JSON: a ',' after the last item", "JSON allows no trailing comma; remove it");
      }
      node.items.push_back(value(depth));
      const std::size_t value_end = m_at;
      skip_space();
      if (m_at < m_text.size() && m_text[m_at] == ',') {
        m_last_comma = m_at++;
        continue;
      }
      if (m_at < m_text.size() && m_text[m_at] == ']') {
        ++m_at;
        return YamlNode(&node);
      }
      if (m_at < m_text.size() && m_text[m_at] != '}') {
        fail(value_end, "malformed JSON: expected ',' after this", "separate the items with ','");
      }
      fail(m_at, fmt::format("malformed JSON: expected ',' or ']' after this item, found {}", shown()),
           "separate the items with ','");
    }
  }

  YamlNode
  number()
  {
    YamlNodeData& node = node_here(YamlNode::Kind::scalar);
    node.plain = true;
    const std::size_t start = m_at;
    const auto digit = [&] { return m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9'; };
    const auto bad = [&] {
      fail(start, "malformed JSON: not a number JSON allows",
           "write digits with an optional '-', '.' and exponent, without leading zeros or '+'");
    };
    if (m_text[m_at] == '-') {
      ++m_at;
    }
    if (!digit()) {
      bad();
    }
    if (m_text[m_at] == '0') {
      ++m_at;
      if (digit()) {
        bad();
      }
    } else {
      while (digit()) {
        ++m_at;
      }
    }
    if (m_at < m_text.size() && m_text[m_at] == '.') {
      ++m_at;
      if (!digit()) {
        bad();
      }
      while (digit()) {
        ++m_at;
      }
    }
    if (m_at < m_text.size() && (m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
      ++m_at;
      if (m_at < m_text.size() && (m_text[m_at] == '+' || m_text[m_at] == '-')) {
        ++m_at;
      }
      if (!digit()) {
        bad();
      }
      while (digit()) {
        ++m_at;
      }
    }
    node.scalar = std::string(m_text.substr(start, m_at - start));
    // RFC 8259 lets a reader limit the range of numbers; this one refuses what
    // a double cannot hold, as nlohmann_json, editors' validators and the
    // schema check do, instead of reading 1e400 as infinity. (strtod reads
    // "." as the point: framewise never sets LC_NUMERIC.)
    if (std::isinf(std::strtod(node.scalar.c_str(), nullptr))) {
      fail(start, "JSON number out of range: its magnitude is beyond 1.8e308",
           "no answer takes a number this large; write one within the question's range");
    }
    return YamlNode(&node);
  }

  std::uint32_t
  hex4(std::size_t escape_start)
  {
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i, ++m_at) {
      const char c = m_at < m_text.size() ? m_text[m_at] : '\0';
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (digit < 0) {
        fail(escape_start, "malformed JSON: \\u needs four hex digits", "write e.g. \\u00e9, or the character itself");
      }
      value = value * 16 + static_cast<std::uint32_t>(digit);
    }
    return value;
  }

  static void
  append_utf8(std::string& out, std::uint32_t code)
  {
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  // A string at m_at (its opening '"'), escapes decoded.
  std::string
  string()
  {
    const std::size_t open = m_at++;
    std::string out;
    while (true) {
      if (m_at >= m_text.size()) {
        fail(open, "malformed JSON: this string is never closed", "add the closing '\"'");
      }
      const char c = m_text[m_at];
      if (c == '"') {
        ++m_at;
        return out;
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        fail(m_at,
             c == '\n' ? "malformed JSON: a line break inside a string"
                       : "malformed JSON: a control character inside a string",
             c == '\n' ? "close the string on its line, or write \\n" : "write it as an escape such as \\t or \\u0001");
      }
      if (c != '\\') {
        out += c;
        ++m_at;
        continue;
      }
      const std::size_t escape = m_at++;
      const char e = m_at < m_text.size() ? m_text[m_at++] : '\0';
      switch (e) {
      case '"':
        out += '"';
        break;
      case '\\':
        out += '\\';
        break;
      case '/':
        out += '/';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        std::uint32_t code = hex4(escape);
        if (code >= 0xDC00 && code <= 0xDFFF) {
          fail(escape, "malformed JSON: \\u escape of a lone low surrogate",
               "surrogates come in pairs; write the character itself");
        }
        if (code >= 0xD800 && code <= 0xDBFF) {
          if (!m_text.substr(m_at).starts_with("\\u")) {
            fail(escape, "malformed JSON: \\u escape of a lone high surrogate",
                 "surrogates come in pairs; write the character itself");
          }
          const std::size_t second = m_at;
          m_at += 2;
          const std::uint32_t low = hex4(second);
          if (low < 0xDC00 || low > 0xDFFF) {
            fail(escape, "malformed JSON: \\u escape of a lone high surrogate",
                 "surrogates come in pairs; write the character itself");
          }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, code);
        break;
      }
      default:
        fail(escape, "malformed JSON: unknown escape in a string",
             "JSON's escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
      }
    }
  }

  std::string_view m_text;
  YamlDocument& m_document;
  ColumnCounter m_columns;
  std::size_t m_at = 0;
  std::size_t m_line_start = 0;
  std::uint32_t m_line = 1;
  std::size_t m_last_comma = 0;
};

std::optional<JsonProblem>
parse_json(std::string_view text, YamlDocument& document)
{
  try {
    JsonTreeBuilder(text, document).run();
  } catch (const JsonProblem& problem) {
    return problem;
  }
  return std::nullopt;
}

} // namespace framewise::load
