#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/exit_code.hpp>

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace framewise::cli {

struct ScanOptions
{
  std::string directory = ".";
  std::string format = "yaml";
  std::vector<std::string> excludes; // --exclude GLOB, repeatable
};

// Registers `framewise scan` on `app`, filling `options` when parsed.
CLI::App* add_scan_command(CLI::App& app, ScanOptions& options);

// Walks the directory, reads its manifests, infers the answers by the pack's
// evidence table and prints them in --format on stdout. Files that cannot be
// read or parsed are reported on stderr (file:line:col) and the scan goes on;
// what was proved is still printed, and the exit code is then bad_input (2),
// so CI notices. bad_input with nothing printed for a bad DIR or rule pack;
// otherwise success, also when nothing is proved.
ExitCode run_scan(const CommandContext& context, const ScanOptions& options);

} // namespace framewise::cli
