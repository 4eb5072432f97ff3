#pragma once

#include <framewise/cli/diagnose_command.hpp>
#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/init_command.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::cli {

// The reference commands, which show what the rule pack knows: compare,
// questions, init, mistakes and diagnose. Registered and run together so that
// app.cpp needs only two calls.
struct ReferenceCommands
{
  std::string compare_format = "text";
  std::string questions_format = "text";
  std::string mistakes_format = "text";
  InitOptions init;
  DiagnoseOptions diagnose;
  std::vector<CLI::App*> commands; // as registered, for app.cpp's checks
  CLI::App* compare = nullptr;
  CLI::App* questions = nullptr;
  CLI::App* init_command = nullptr;
  CLI::App* mistakes = nullptr;
  CLI::App* diagnose_command = nullptr;
};

// Whether `word` names one of the reference commands (app.cpp declares only the
// command a command line names; these are declared as one group).
bool is_reference_command(std::string_view word);

// Registers every reference command on `app`, filling `reference` when parsed.
void add_reference_commands(CLI::App& app, ReferenceCommands& reference);

// Runs the reference command that was parsed; nothing when none was (or when
// they were not registered).
std::optional<ExitCode> run_reference_command(const GlobalOptions& global, const ReferenceCommands& reference);

} // namespace framewise::cli
