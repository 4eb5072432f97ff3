#pragma once

#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>
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
ExitCode run_rules_lint(const GlobalOptions& global, const RulesOptions& options);

} // namespace framewise::cli
