#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace framewise::cli {

struct CheckOptions
{
  std::vector<std::string> paths;    // positional: profiles or directories of them
  std::vector<std::string> profiles; // --profile FILE, repeatable; '-' is stdin
  std::string fail_on = "error";
  std::string format = "text";
  std::vector<std::string> outputs;       // --output FORMAT=FILE, repeatable
  std::string expect;                     // --expect FRAMEWORK, empty when not given
  std::optional<double> min_margin;       // --min-margin N
  std::string scan;                       // --scan DIR, empty when not given
  std::vector<std::string> scan_excludes; // --scan-exclude GLOB, repeatable
};

// Registers `framewise check` on `app`, filling `options` when parsed.
CLI::App* add_check_command(CLI::App& app, CheckOptions& options);

// Evaluates every profile, prints the report in --format on stdout, writes each
// --output file atomically. Returns gate_failed when a finding at or above
// --fail-on fired on any profile (or an expectation failed), bad_input for a
// bad profile, rule pack or usage (then stdout stays empty), else success.
ExitCode run_check(const CommandContext& context, const CheckOptions& options);

} // namespace framewise::cli
