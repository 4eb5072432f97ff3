#pragma once

#include <CLI/CLI.hpp>

#include <cstddef>
#include <memory>

namespace framewise::cli {

// CLI11's help with every description wrapped to the terminal: CLI11 2.1 prints
// each description on one line however long, which a person at an 80-column
// terminal reads as a wall of wrapped text. The command list shows each
// command's first sentence; `framewise COMMAND --help` shows all of it.
std::shared_ptr<CLI::Formatter> make_help_formatter(std::size_t width);

} // namespace framewise::cli
