#include <framewise/scan/gitignore.hpp>

namespace framewise::scan {

namespace {

using Element = IgnorePattern::Element;
using Kind = IgnorePattern::Element::Kind;

// A pattern longer than this is ignored: it bounds the matcher's table.
constexpr std::size_t k_max_pattern_chars = 4096;

// Reads `[...]` at `at` (just after '['); returns the offset after ']', or
// npos when the class is not closed (then '[' is a literal).
std::size_t
read_class(std::string_view text, std::size_t at, Element& element)
{
  element.kind = Kind::char_class;
  if (at < text.size() && (text[at] == '!' || text[at] == '^')) {
    element.negated_set = true;
    ++at;
  }
  bool first = true;
  while (at < text.size()) {
    char c = text[at];
    if (c == ']' && !first) {
      return at + 1;
    }
    first = false;
    if (c == '\\' && at + 1 < text.size()) {
      c = text[++at];
    }
    if (at + 2 < text.size() && text[at + 1] == '-' && text[at + 2] != ']') {
      char last = text[at + 2];
      std::size_t next = at + 3;
      if (last == '\\' && at + 3 < text.size()) {
        last = text[at + 3];
        next = at + 4;
      }
      for (int x = static_cast<unsigned char>(c); x <= static_cast<unsigned char>(last); ++x) {
        element.set.push_back(static_cast<char>(x));
      }
      at = next;
      continue;
    }
    element.set.push_back(c);
    ++at;
  }
  return std::string_view::npos;
}

Element
element_of(Kind kind)
{
  Element element;
  element.kind = kind;
  return element;
}

std::vector<Element>
compile(std::string_view text)
{
  std::vector<Element> elements;
  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    const bool segment_start = at == 0 || text[at - 1] == '/';
    if (c == '*' && at + 1 < text.size() && text[at + 1] == '*') {
      const bool ends_segment = at + 2 == text.size() || text[at + 2] == '/';
      if (segment_start && ends_segment) {
        if (at + 2 == text.size()) {
          // "x/**": everything inside x. The '/' before it is already a literal.
          if (!elements.empty() && elements.back().kind == Kind::literal && elements.back().literal == '/') {
            elements.pop_back();
            elements.push_back(element_of(Kind::everything_inside));
          } else {
            elements.push_back(element_of(Kind::everything_inside)); // "**" alone: handled as everything
          }
          at += 2;
          continue;
        }
        elements.push_back(element_of(Kind::dirs_prefix)); // "**/": zero or more directories
        at += 3;
        continue;
      }
      while (at < text.size() && text[at] == '*') {
        ++at;
      }
      elements.push_back(element_of(Kind::star));
      continue;
    }
    if (c == '*') {
      elements.push_back(element_of(Kind::star));
      ++at;
      continue;
    }
    if (c == '?') {
      elements.push_back(element_of(Kind::any_char));
      ++at;
      continue;
    }
    if (c == '[') {
      Element element;
      const std::size_t end = read_class(text, at + 1, element);
      if (end != std::string_view::npos) {
        elements.push_back(std::move(element));
        at = end;
        continue;
      }
    }
    if (c == '\\' && at + 1 < text.size()) {
      ++at;
    }
    Element literal;
    literal.literal = text[at];
    elements.push_back(std::move(literal));
    ++at;
  }
  return elements;
}

bool
matches_at(const Element& element, char c)
{
  switch (element.kind) {
  case Kind::literal:
    return element.literal == c;
  case Kind::any_char:
    return c != '/';
  case Kind::char_class:
    return c != '/' && ((element.set.find(c) != std::string::npos) != element.negated_set);
  default:
    return false;
  }
}

// Whole-string match by dynamic programming from the end: matched[i][j] says
// elements i.. match text j.. ; `reach` is "some '/' at or after j, after which
// elements i+1.. match" for "**/".
bool
glob_match(const std::vector<Element>& elements, std::string_view text)
{
  const std::size_t n = elements.size();
  const std::size_t t = text.size();
  std::vector<char> next(t + 1, 0);
  std::vector<char> current(t + 1, 0);
  next[t] = 1; // no elements left matches only the end
  for (std::size_t i = n; i-- > 0;) {
    const Element& element = elements[i];
    bool reach = false;
    for (std::size_t j = t + 1; j-- > 0;) {
      bool value = false;
      switch (element.kind) {
      case Kind::literal:
      case Kind::any_char:
      case Kind::char_class:
        value = j < t && matches_at(element, text[j]) && next[j + 1] != 0;
        break;
      case Kind::star:
        value = next[j] != 0 || (j < t && text[j] != '/' && current[j + 1] != 0);
        break;
      case Kind::dirs_prefix:
        if (j < t && text[j] == '/' && next[j + 1] != 0) {
          reach = true;
        }
        value = next[j] != 0 || reach;
        break;
      case Kind::everything_inside:
        // "/**" at the end: a '/' and at least one character after it; as the
        // whole pattern ("**"), anything.
        value = i == 0 ? true : (j + 1 < t && text[j] == '/');
        break;
      }
      current[j] = value ? 1 : 0;
    }
    std::swap(next, current);
  }
  return next[0] != 0;
}

std::string_view
base_name(std::string_view path)
{
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

} // namespace

std::vector<IgnorePattern>
parse_gitignore(std::string_view text, const std::string& base)
{
  std::vector<IgnorePattern> patterns;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    // Trailing spaces go unless the last one is escaped with '\'.
    while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\')) {
      line.remove_suffix(1);
    }
    if (line.empty() || line.front() == '#' || line.size() > k_max_pattern_chars) {
      continue;
    }
    IgnorePattern pattern;
    pattern.text = std::string(line);
    pattern.base = base;
    if (line.front() == '!') {
      pattern.negated = true;
      line.remove_prefix(1);
    } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
      line.remove_prefix(1);
    }
    if (!line.empty() && line.back() == '/') {
      pattern.directories_only = true;
      line.remove_suffix(1);
    }
    if (line.empty()) {
      continue;
    }
    pattern.anchored = line.find('/') != std::string_view::npos;
    if (line.front() == '/') {
      line.remove_prefix(1);
    }
    pattern.elements = compile(line);
    patterns.push_back(std::move(pattern));
  }
  return patterns;
}

bool
ignore_pattern_matches(const IgnorePattern& pattern, std::string_view path, bool is_directory)
{
  if (pattern.directories_only && !is_directory) {
    return false;
  }
  if (!path.starts_with(pattern.base)) {
    return false;
  }
  const std::string_view relative = path.substr(pattern.base.size());
  return glob_match(pattern.elements, pattern.anchored ? relative : base_name(relative));
}

void
IgnoreRules::add(std::vector<IgnorePattern> patterns)
{
  for (auto& pattern : patterns) {
    m_patterns.push_back(std::move(pattern));
  }
}

bool
IgnoreRules::ignored(std::string_view path, bool is_directory) const
{
  for (auto pattern = m_patterns.rbegin(); pattern != m_patterns.rend(); ++pattern) {
    if (ignore_pattern_matches(*pattern, path, is_directory)) {
      return !pattern->negated;
    }
  }
  return false;
}

} // namespace framewise::scan
