#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace framewise::cli {

struct DiagnoseOptions
{
  std::vector<std::string> words; // the symptom, possibly split by the shell
  std::string format = "text";
};

// Registers `framewise diagnose SYMPTOM... [--format F]` on `app`.
CLI::App* add_diagnose_command(CLI::App& app, DiagnoseOptions& options);

// Searches the debug guide, cheat sheet and mistakes for the symptom. A symptom
// that matches nothing is an answer, not an error: exit 0 with the closest
// entries. Exit 2 when the symptom is missing or has no word to search for.
ExitCode run_diagnose(const CommandContext& context, const DiagnoseOptions& options);

} // namespace framewise::cli
