#pragma once

namespace framewise::cli {

// Runs framewise with the process arguments and returns the exit status. The
// only place that catches exceptions; nothing below it exits the process.
int run(int argc, const char* const* argv);

} // namespace framewise::cli
