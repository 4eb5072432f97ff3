#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/exit_code.hpp>

#include <CLI/CLI.hpp>

#include <string>

namespace framewise::cli {

// Registers `framewise questions` on `app`; `format` receives --format.
CLI::App* add_questions_command(CLI::App& app, std::string& format);

ExitCode run_questions(const CommandContext& context, const std::string& format);

} // namespace framewise::cli
