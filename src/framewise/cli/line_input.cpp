#include <framewise/cli/line_input.hpp>

#include <cerrno>
#include <csignal>

#include <unistd.h>

namespace framewise::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;
struct sigaction g_previous
{};

void
on_interrupt(int)
{
  g_interrupted = 1;
}

} // namespace

bool
interrupt_requested()
{
  return g_interrupted != 0;
}

InterruptGuard::InterruptGuard()
{
  g_interrupted = 0;
  struct sigaction action
  {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0; // no SA_RESTART: a blocked read() returns EINTR
  sigaction(SIGINT, &action, &g_previous);
}

InterruptGuard::~InterruptGuard() { sigaction(SIGINT, &g_previous, nullptr); }

LineResult
read_line()
{
  LineResult result;
  while (true) {
    if (g_interrupted != 0) {
      return {LineStatus::interrupted, {}};
    }
    char c = 0;
    const ssize_t count = ::read(STDIN_FILENO, &c, 1);
    if (count < 0 && errno == EINTR) {
      continue; // the flag check above decides
    }
    if (count <= 0) {
      // Ctrl-D: at an empty prompt it ends the input; after some text it
      // submits that text, as a terminal does.
      if (result.text.empty()) {
        result.status = LineStatus::end_of_input;
      }
      return result;
    }
    if (c == '\n') {
      return result;
    }
    if (result.text.size() < 4096) { // a line longer than any answer is cut, not grown
      result.text += c;
    }
  }
}

} // namespace framewise::cli
