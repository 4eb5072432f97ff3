#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace framewise::cli {

// The values --color takes.
inline constexpr std::array<std::string_view, 3> k_color_choices{"auto", "always", "never"};

// Options every command accepts.
struct GlobalOptions
{
  std::vector<std::string> rules_dirs; // --rules DIR, in order
  bool no_builtin_rules = false;       // --no-builtin-rules
  std::string color = "auto";          // --color
  std::vector<std::string> excluded;   // --exclude-rule ID: rules and mistakes off for this run
};

// Declares the global options on `app`, filling `options` when parsed.
void add_global_options(CLI::App& app, GlobalOptions& options);

} // namespace framewise::cli
