#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::scan {

// One pattern of a .gitignore file, parsed per gitignore(5): '#' comments and
// blank lines skipped, trailing spaces dropped unless escaped, '!' negates,
// a trailing '/' matches directories only, a '/' at the start or in the
// middle anchors the pattern to the file's directory (else it matches a name
// at any depth), '*' '?' '[...]' never match '/', and '**' in "**/x",
// "x/**" and "a/**/b" spans directories.
struct IgnorePattern
{
  struct Element
  {
    enum class Kind : std::uint8_t
    {
      literal,
      any_char,
      char_class,
      star,
      dirs_prefix,
      everything_inside
    };
    Kind kind = Kind::literal;
    char literal = 0;
    std::string set; // char_class: the characters, ranges expanded
    bool negated_set = false;
  };
  std::vector<Element> elements;
  std::string base; // directory of the .gitignore, relative to the root, "" or ending in '/'
  bool negated = false;
  bool directories_only = false;
  bool anchored = false;
  std::string text; // as written, for messages
};

// Parses the patterns of one .gitignore file that sits in `base` ("" for the
// root, else "dir/sub/").
std::vector<IgnorePattern> parse_gitignore(std::string_view text, const std::string& base);

// True when `pattern` matches `path` (relative to the root, no trailing '/').
// Time is bounded by the product of the pattern's and the path's lengths.
bool ignore_pattern_matches(const IgnorePattern& pattern, std::string_view path, bool is_directory);

// Patterns in precedence order: later ones (deeper files, later lines) win.
class IgnoreRules
{
public:
  void add(std::vector<IgnorePattern> patterns);

  // True when the last pattern that matches `path` ignores it (none: false).
  bool ignored(std::string_view path, bool is_directory) const;

  bool
  empty() const
  {
    return m_patterns.empty();
  }

private:
  std::vector<IgnorePattern> m_patterns;
};

} // namespace framewise::scan
