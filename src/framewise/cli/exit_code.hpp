#pragma once

namespace framewise::cli {

// The exit codes of the man page's EXIT STATUS section; scripts depend on them.
enum class ExitCode : int
{
  success = 0,
  gate_failed = 1,  // check found something at or above --fail-on
  bad_input = 2,    // usage, profile or rule-pack error
  interrupted = 130 // Ctrl-C
};

} // namespace framewise::cli
