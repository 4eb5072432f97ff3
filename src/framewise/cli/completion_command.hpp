#pragma once

#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <string>

namespace framewise::cli {

struct CompletionOptions
{
  std::string shell; // bash, zsh or fish
};

// Registers `framewise completion bash|zsh|fish` on `app`.
CLI::App* add_completion_command(CLI::App& app, CompletionOptions& options);

// Prints the completion script for the shell asked for, read from `app` as
// declared (every command registered), so the script offers what --help lists.
// --expect's FRAMEWORK values are the frameworks of the loaded pack.
ExitCode run_completion(const CLI::App& app, const GlobalOptions& global, const CompletionOptions& options);

} // namespace framewise::cli
