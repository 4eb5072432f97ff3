#pragma once

#include <string>
#include <vector>

namespace framewise::cli {

// Options every command accepts.
struct GlobalOptions
{
  std::vector<std::string> rules_dirs; // --rules DIR, in order
  bool no_builtin_rules = false;       // --no-builtin-rules
  std::string color = "auto";          // --color
};

} // namespace framewise::cli
