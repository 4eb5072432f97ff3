#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>

namespace framewise::cli {

bool
takes_global_value(std::string_view arg)
{
  return std::any_of(k_global_value_options.begin(), k_global_value_options.end(),
                     [&](const GlobalValueOption& option) { return arg == option.name; });
}

std::string
first_command_word(int argc, const char* const* argv)
{
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (takes_global_value(arg)) {
      ++i; // skip the value
    } else if (!arg.starts_with("-")) {
      return std::string(arg);
    }
  }
  return {};
}

void
add_global_options(CLI::App& app, GlobalOptions& options)
{
  app
    .add_option(std::string(k_rules_option.name), options.rules_dirs,
                "Load the rule-pack YAML files of DIR on top of the built-in pack (an item "
                "with the same id replaces the built-in one). Repeatable; later wins.")
    ->type_name(std::string(k_rules_option.value_name))
    ->take_all();
  app.add_flag("--no-builtin-rules", options.no_builtin_rules,
               "Use only the --rules packs, instead of layering them on the built-in one");
  app
    .add_option(std::string(k_exclude_rule_option.name), options.excluded,
                "Turn a rule or mistake of the pack off for this run (its id); repeatable")
    ->type_name(std::string(k_exclude_rule_option.value_name))
    ->allow_extra_args(false);
  app
    .add_option(std::string(k_color_option.name), options.color,
                "Colour the text output: auto (a terminal, unless NO_COLOR is set), always, never")
    ->check(CLI::IsMember(std::vector<std::string>(k_color_choices.begin(), k_color_choices.end())))
    ->type_name(std::string(k_color_option.value_name))
    ->capture_default_str();
}

void
add_scan_options(CLI::App& command, std::string& directory, std::vector<std::string>& excludes, const std::string& help)
{
  command.add_option("--scan", directory, help)
    ->type_name("DIR")
    ->check(CLI::Validator(
      [](const std::string& value) {
        return value.empty() ? std::string("DIR is empty: give the directory to scan, e.g. --scan .") : std::string();
      },
      ""));
  command
    .add_option("--scan-exclude", excludes,
                "With --scan: also skip what GLOB matches (.gitignore syntax, relative to DIR); repeatable")
    ->type_name("GLOB")
    ->allow_extra_args(false);
}

} // namespace framewise::cli
