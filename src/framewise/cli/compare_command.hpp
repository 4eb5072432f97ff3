#pragma once

#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <string>

namespace framewise::cli {

// Registers `framewise compare` on `app`; `format` receives --format.
CLI::App* add_compare_command(CLI::App& app, std::string& format);

ExitCode run_compare(const GlobalOptions& global, const std::string& format);

} // namespace framewise::cli
