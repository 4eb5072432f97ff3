#include "pty_session.hpp"

#include <cerrno>
#include <chrono>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

PtySession::PtySession(const std::vector<std::string>& args, const std::string& stdout_path, const std::string& term,
                       unsigned short columns)
{
  std::vector<char*> argv;
  for (const auto& arg : args) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  winsize size{};
  size.ws_row = 24;
  size.ws_col = columns;
  const pid_t pid = ::forkpty(&m_master, nullptr, nullptr, columns > 0 ? &size : nullptr);
  if (pid < 0) {
    throw std::runtime_error("forkpty failed");
  }
  if (pid == 0) {
    const int out = ::open(stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out >= 0) {
      ::dup2(out, STDOUT_FILENO);
    }
    ::setenv("NO_COLOR", "1", 1);
    ::setenv("TERM", term.c_str(), 1);
    ::unsetenv("COLUMNS"); // the terminal's own width, as a person's shell would leave it
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  m_pid = pid;
  m_line_editing = term != "dumb";
}

PtySession::~PtySession()
{
  if (m_pid > 0) {
    ::kill(m_pid, SIGKILL);
    ::waitpid(m_pid, nullptr, 0);
  }
  if (m_master >= 0) {
    ::close(m_master);
  }
}

void
PtySession::send(const std::string& text)
{
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t count = ::write(m_master, text.data() + written, text.size() - written);
    if (count <= 0) {
      return;
    }
    written += static_cast<std::size_t>(count);
  }
}

void
PtySession::send_eof(int timeout_ms)
{
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (m_line_editing && std::chrono::steady_clock::now() < deadline) {
    termios mode{};
    if (::tcgetattr(m_master, &mode) != 0 || (mode.c_lflag & ICANON) == 0) {
      break;
    }
    ::usleep(1000);
  }
  send("\x04");
}

bool
PtySession::expect(const std::string& needle, int timeout_ms)
{
  return expect_any({needle}, timeout_ms) == 0;
}

int
PtySession::expect_any(const std::vector<std::string>& needles, int timeout_ms)
{
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  const auto earliest = [&]() {
    int best = -1;
    std::size_t best_at = std::string::npos;
    for (std::size_t i = 0; i < needles.size(); ++i) {
      const std::size_t at = m_transcript.find(needles[i], m_mark);
      if (at < best_at) {
        best_at = at;
        best = static_cast<int>(i);
      }
    }
    if (best >= 0) {
      m_mark = best_at + needles[static_cast<std::size_t>(best)].size();
    }
    return best;
  };
  while (true) {
    if (const int found = earliest(); found >= 0) {
      return found;
    }
    const auto left =
      std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      return -1;
    }
    pollfd poll_fd{m_master, POLLIN, 0};
    if (::poll(&poll_fd, 1, static_cast<int>(left.count())) <= 0) {
      continue;
    }
    char buffer[4096];
    const ssize_t count = ::read(m_master, buffer, sizeof buffer);
    if (count <= 0) {
      return earliest(); // the program ended (EIO)
    }
    m_transcript.append(buffer, static_cast<std::size_t>(count));
  }
}

int
PtySession::wait()
{
  // Drain the terminal so the program never blocks writing to it.
  char buffer[4096];
  while (true) {
    pollfd poll_fd{m_master, POLLIN, 0};
    if (::poll(&poll_fd, 1, 5000) <= 0) {
      break;
    }
    const ssize_t count = ::read(m_master, buffer, sizeof buffer);
    if (count <= 0) {
      break;
    }
    m_transcript.append(buffer, static_cast<std::size_t>(count));
  }
  // A program still running now is stuck waiting for input: end it rather
  // than hang the test suite, and report it as killed.
  int status = 0;
  for (int tries = 0; tries < 50 && ::waitpid(m_pid, &status, WNOHANG) == 0; ++tries) {
    ::usleep(100 * 1000);
    if (tries == 49) {
      ::kill(m_pid, SIGKILL);
      ::waitpid(m_pid, &status, 0);
    }
  }
  m_pid = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
