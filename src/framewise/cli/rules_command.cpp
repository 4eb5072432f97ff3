#include <framewise/cli/output.hpp>
#include <framewise/cli/pack_source.hpp>
#include <framewise/cli/rules_command.hpp>

#include <fmt/format.h>

namespace framewise::cli {

CLI::App*
add_rules_command(CLI::App& app, RulesOptions& options)
{
  auto* rules = app.add_subcommand("rules", "Work with rule packs.");
  rules->require_subcommand(1);
  auto* lint = rules->add_subcommand(
    "lint",
    "Check a rule pack: YAML syntax, required fields, and that every rule names real "
    "questions, options and frameworks. Checks the built-in pack plus any --rules DIR.");
  lint->add_flag("--quiet,-q", options.quiet, "Print nothing when the pack is fine");
  options.test_command = add_rules_test_command(*rules, options.test);
  return lint;
}

ExitCode
run_rules_lint(const GlobalOptions& global, const RulesOptions& options)
{
  model::Diagnostics diagnostics;
  const auto pack = load_rule_pack(global, diagnostics);
  if (!pack) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  if (!options.quiet) {
    write_stdout(fmt::format(
      "rule pack OK: {} frameworks, {} questions, {} rules, {} mistakes, {} comparison rows, "
      "{} debug-guide and {} cheat-sheet entries\n",
      pack->frameworks.size(), pack->questions.size(), pack->rules.size(), pack->mistakes.size(),
      pack->comparison.size(), pack->debug_guide.size(), pack->cheat_sheet.size()));
  }
  return ExitCode::success;
}

} // namespace framewise::cli
