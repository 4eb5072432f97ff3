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

// A global option that takes a value as the next argument. The pre-parsers
// that read a command line before CLI11 does (first_command_word, the plain
// recommend reader, the usage errors) skip or read values by these, so a new
// global option with a value is added here, once.
struct GlobalValueOption
{
  std::string_view name;       // "--rules"
  std::string_view value_name; // what --help shows for the value
};
inline constexpr GlobalValueOption k_rules_option{"--rules", "DIR"};
inline constexpr GlobalValueOption k_color_option{"--color", "WHEN"};
inline constexpr GlobalValueOption k_exclude_rule_option{"--exclude-rule", "ID"};
inline constexpr std::array<GlobalValueOption, 3> k_global_value_options{k_rules_option, k_color_option,
                                                                         k_exclude_rule_option};

// Whether `arg` is a global option whose value is the next argument.
bool takes_global_value(std::string_view arg);

// The first argument that names a command, skipping global options and their
// values; empty when there is none.
std::string first_command_word(int argc, const char* const* argv);

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

// Declares --scan DIR (with `help`) and --scan-exclude GLOB on `command`, the
// same for `check` and `recommend` (here, beside the other shared
// declarations, so no more files than now set up CLI11).
void add_scan_options(CLI::App& command, std::string& directory, std::vector<std::string>& excludes,
                      const std::string& help);

} // namespace framewise::cli
