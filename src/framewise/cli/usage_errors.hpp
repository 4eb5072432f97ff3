#pragma once

#include <CLI/CLI.hpp>

namespace framewise::cli {

// Prints a command-line error that CLI11 found, in framewise's words: what is
// wrong, the valid values when the option has a fixed set (its type name, as
// "text|json|markdown"), a "did you mean" for a near miss, and the help of
// the subcommand concerned ("run 'framewise check --help'"). CLI11's own
// messages ("At Most 1 required but received 2", "critical not in {...}")
// never reach the user.
void print_parse_error(const CLI::App& app, const CLI::ParseError& error, int argc, const char* const* argv);

// The words of argv that name a command and its subcommand ("check",
// "rules lint"), skipping global options; empty when none is given.
std::string command_path(const CLI::App& app, int argc, const char* const* argv);

} // namespace framewise::cli
