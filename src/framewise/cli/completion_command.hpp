#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/exit_code.hpp>

#include <CLI/CLI.hpp>

#include <string>

namespace framewise::cli {

struct CompletionOptions
{
  std::string shell; // bash, zsh or fish
};

// Registers `framewise completion bash|zsh|fish` on `app`.
CLI::App* add_completion_command(CLI::App& app, CompletionOptions& options);

// Prints the completion script for the shell asked for, read from
// `context.app` as declared (every command registered: the command table says so), so the script offers what --help
// lists.
// --expect's FRAMEWORK values are the frameworks of the loaded pack.
ExitCode run_completion(const CommandContext& context, const CompletionOptions& options);

} // namespace framewise::cli
