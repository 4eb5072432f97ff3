#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>
#include <framewise/model/pack.hpp>
#include <framewise/report/text_style.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace framewise::cli {

// What the reference commands (compare, questions, mistakes, diagnose) share.

// Adds `--format,-f text|markdown|json` (default text) to `command`.
void add_reference_format(CLI::App& command, std::string& format);

// The rule pack per `context` (see CommandContext::load_pack); null, its
// diagnostics printed on stderr, when it does not load.
const model::RulePack* load_pack_or_report(const CommandContext& context);

// Writes `output` to stdout: success, or bad_input with a message on stderr
// when stdout cannot be written (a full disk, a closed pipe).
ExitCode print_report(const std::string& output);

// A report of the pack alone, in each format.
struct PackReport
{
  std::string (*text)(const model::RulePack&, const report::TextStyle&);
  std::string (*markdown)(const model::RulePack&);
  std::string (*json)(const model::RulePack&);
};

// Loads the rule pack per `context` and prints `renderers` in `format`; exit 2
// with the pack's diagnostics when it does not load.
ExitCode run_pack_report(const CommandContext& context, const std::string& format, const PackReport& renderers);

} // namespace framewise::cli
