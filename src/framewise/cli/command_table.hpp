#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/exit_code.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace framewise::cli {

// A command declared on a CLI11 app for one command line: the (sub)command
// CLI11 parses (`lint` for `rules lint`), and how to run it with the options
// parsed into it.
struct DeclaredCommand
{
  CLI::App* parsed_by = nullptr;
  std::function<ExitCode(const CommandContext&)> run;
  // The other subcommands of a command with several (`rules test` beside
  // `rules lint`), each parsed and run like the first.
  std::vector<DeclaredCommand> more;
};

// One command of framewise, a line of the command table. Everything that needs
// to know the commands reads the table: dispatch (app.cpp), the order --help
// lists them in, the plain recommend reader, `framewise completion` (through
// the app the table declares) and the test that the man page documents each.
struct CommandEntry
{
  std::string_view name; // the word that names it on the command line
  PackUse pack = PackUse::whole;
  // Registers the command and its options on `app`.
  DeclaredCommand (*declare)(CLI::App& app) = nullptr;
  // Runs the command line without CLI11 when it is one of the command's
  // common forms, else nothing (CLI11 then reads it). Declaring options with
  // CLI11 costs more than a small recommend runs.
  std::optional<ExitCode> (*run_plain)(PackUse pack, int argc, const char* const* argv) = nullptr;
  // Declared along with every other command whichever one the line names
  // (completion reads the whole tree); the others are declared alone.
  bool reads_every_command = false;
};

// The `declare` of a command whose file provides
//   CLI::App* add_..._command(CLI::App&, Options&)   (the options filled when parsed)
//   ExitCode run_...(const CommandContext&, const Options&)
// A new command is that file and one line of the table.
template <typename Options, CLI::App* (*add)(CLI::App&, Options&),
          ExitCode (*run)(const CommandContext&, const Options&)>
DeclaredCommand
declare_command(CLI::App& app)
{
  auto options = std::make_shared<Options>();
  CLI::App* command = add(app, *options);
  return {command, [options](const CommandContext& context) { return run(context, *options); }, {}};
}

// Every command, in the order --help lists them: the everyday ones first.
std::span<const CommandEntry> command_table();

// The command named `word`; null when there is none.
const CommandEntry* find_command(std::string_view word);

} // namespace framewise::cli
