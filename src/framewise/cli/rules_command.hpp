#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/command_table.hpp>
#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/rules_test_command.hpp>

#include <CLI/CLI.hpp>

#include <string>

namespace framewise::cli {

struct RulesOptions
{
  bool quiet = false;
  bool strict = false;         // warnings fail too
  std::string format = "text"; // text, json, sarif
  RulesTestOptions test;
  CLI::App* test_command = nullptr; // `rules test`, set by add_rules_command
};

// Registers `framewise rules lint` and `rules test`; returns the `lint`
// subcommand (`test` is options.test_command).
CLI::App* add_rules_command(CLI::App& app, RulesOptions& options);

// Loads and checks the rule pack the global options select; prints a summary
// (unless quiet) or every problem found.
ExitCode run_rules_lint(const CommandContext& context, const RulesOptions& options);

// The command table's `rules` line: `rules lint` and `rules test`, declared
// together on `app`, each run with the options parsed into it.
DeclaredCommand declare_rules_commands(CLI::App& app);

} // namespace framewise::cli
