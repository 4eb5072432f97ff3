#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <string>

namespace framewise::cli {

struct InitOptions
{
  std::string file; // empty or "-": stdout
  bool force = false;
};

// Registers `framewise init [FILE] [--force]` on `app`, filling `options`.
CLI::App* add_init_command(CLI::App& app, InitOptions& options);

// Writes the commented profile template to FILE (atomically; an existing file
// only with --force) or to stdout. Exit 2 when FILE exists, is a directory or
// cannot be written.
ExitCode run_init(const CommandContext& context, const InitOptions& options);

} // namespace framewise::cli
