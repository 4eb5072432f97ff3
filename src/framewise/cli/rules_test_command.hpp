#pragma once

#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace framewise::cli {

struct RulesTestOptions
{
  std::string format = "text";
  std::optional<unsigned> min_coverage; // --min-coverage P, 0 to 100
};

// Registers `framewise rules test` under the `rules` command; returns it.
CLI::App* add_rules_test_command(CLI::App& rules, RulesTestOptions& options);

// Runs the test cases of every --rules DIR (DIR/tests/*.yaml) against the
// stacked pack: exit 0 when all pass (and coverage meets --min-coverage), 1
// when one fails, 2 when the pack or a case file does not load.
ExitCode run_rules_test(const GlobalOptions& global, const RulesTestOptions& options);

} // namespace framewise::cli
