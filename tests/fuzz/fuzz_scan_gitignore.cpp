// Fuzzes the .gitignore parser and matcher: the first line is a path to
// match, the rest a .gitignore file. No crash, and a pattern that ignores a
// path stops doing so when negated after it.
#include "fuzz_support.hpp"

#include <framewise/scan/gitignore.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto newline = text.find('\n');
  const std::string_view path = text.substr(0, newline == std::string_view::npos ? text.size() : newline);
  const std::string_view rules = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
  scan::IgnoreRules ignore;
  ignore.add(scan::parse_gitignore(rules, ""));
  for (const bool directory : {false, true}) {
    if (ignore.ignored(path, directory)) {
      scan::IgnoreRules negated = ignore;
      negated.add(scan::parse_gitignore("!*\n!**\n", ""));
      fuzz::check(!negated.ignored(path, directory) || path.empty(), "'!*' and '!**' re-include everything");
    }
  }
  return 0;
}
