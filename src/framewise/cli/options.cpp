#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

namespace framewise::cli {

void
add_global_options(CLI::App& app, GlobalOptions& options)
{
  app.add_option("--rules", options.rules_dirs,
                 "Load the rule-pack YAML files of DIR on top of the built-in pack (an item "
                 "with the same id replaces the built-in one). Repeatable; later wins.")
    ->type_name("DIR")
    ->take_all();
  app.add_flag("--no-builtin-rules", options.no_builtin_rules,
               "Use only the --rules packs, instead of layering them on the built-in one");
  app.add_option("--exclude-rule", options.excluded,
                 "Turn a rule or mistake of the pack off for this run (its id); repeatable")
    ->type_name("ID")
    ->allow_extra_args(false);
  app.add_option("--color", options.color, "Colour the text output: auto (a terminal, unless NO_COLOR is set), always, never")
    ->check(CLI::IsMember(std::vector<std::string>(k_color_choices.begin(), k_color_choices.end())))
    ->type_name("WHEN")
    ->capture_default_str();
}

} // namespace framewise::cli
