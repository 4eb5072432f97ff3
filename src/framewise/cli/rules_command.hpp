#pragma once

#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/command_context.hpp>

#include <CLI/CLI.hpp>

namespace framewise::cli {

struct RulesOptions
{
  bool quiet = false;
};

// Registers `framewise rules lint`; returns the `lint` subcommand.
CLI::App* add_rules_command(CLI::App& app, RulesOptions& options);

// Loads and checks the rule pack the global options select; prints a summary
// (unless quiet) or every problem found.
ExitCode run_rules_lint(const CommandContext& context, const RulesOptions& options);

} // namespace framewise::cli
