#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <string>

namespace framewise::cli {

struct SchemaOptions
{
  std::string which; // profile or output
};

// Registers `framewise schema profile|output` on `app`.
CLI::App* add_schema_command(CLI::App& app, SchemaOptions& options);

// Prints the JSON Schema asked for: the profile schema generated from the
// loaded pack's questions, or the embedded schema of the JSON output.
ExitCode run_schema(const CommandContext& context, const SchemaOptions& options);

} // namespace framewise::cli
