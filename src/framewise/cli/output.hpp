#pragma once

#include <framewise/model/diagnostic.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace framewise::cli {

// Prints each diagnostic to stderr, formatted by report::render_diagnostic.
void print_diagnostics(const model::Diagnostics& diagnostics);

// Prints one usage problem to stderr with a hint naming the help to read.
void print_usage_error(std::string_view message, std::string_view hint);

// Prints a file that cannot be written, "FILE: output: MESSAGE", with a hint.
void print_output_error(const std::string& path, std::string_view message);

// Prints `message` about a `name` that is not one of `names`, with a hint:
// "did you mean 'x'?" for a close misspelling, else the list of names.
void print_unknown_name(std::string_view message, const std::string& name, const std::vector<std::string>& names);

// Writes `text` to stdout in one piece and flushes; false when that failed.
bool write_stdout(std::string_view text);

} // namespace framewise::cli
