#pragma once

#include <framewise/model/diagnostic.hpp>

#include <string_view>

namespace framewise::cli {

// Prints each diagnostic to stderr, formatted by report::render_diagnostic.
void print_diagnostics(const model::Diagnostics& diagnostics);

// Prints one usage problem to stderr with a hint naming the help to read.
void print_usage_error(std::string_view message, std::string_view hint);

// Writes `text` to stdout in one piece and flushes; false when that failed.
bool write_stdout(std::string_view text);

} // namespace framewise::cli
