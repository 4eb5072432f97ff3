#pragma once

#include <string>

namespace framewise::cli {

enum class LineStatus
{
  line,
  end_of_input,
  interrupted
};

struct LineResult
{
  LineStatus status = LineStatus::line;
  std::string text;
};

// Reads one line from stdin with read(2), so that Ctrl-C interrupts the wait
// (see InterruptGuard) and Ctrl-D at an empty prompt reports end of input.
LineResult read_line();

// True once Ctrl-C was pressed while an InterruptGuard is alive.
bool interrupt_requested();

// While alive, Ctrl-C (SIGINT) makes a pending or later read_line() return
// `interrupted` instead of killing the process, so the caller can say where
// the answers were saved before exiting with status 130.
class InterruptGuard
{
public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;
};

} // namespace framewise::cli
