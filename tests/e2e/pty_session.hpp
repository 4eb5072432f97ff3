#pragma once

#include <string>
#include <vector>

// Runs the framewise binary on a pseudo-terminal, as a person at a terminal
// would: stdin and stderr are the terminal, stdout goes to a file (so the
// report can be checked apart from the prompts).
class PtySession
{
public:
  // `term` is the TERM the program sees ("dumb" turns line editing off);
  // `columns`, when not 0, the terminal's width.
  PtySession(const std::vector<std::string>& args, const std::string& stdout_path, const std::string& term = "xterm",
             unsigned short columns = 0);
  ~PtySession();
  PtySession(const PtySession&) = delete;
  PtySession& operator=(const PtySession&) = delete;

  // Types `text` at the terminal.
  void send(const std::string& text);

  // Types Ctrl-D. With line editing on, first waits (up to `timeout_ms`) for the
  // editor to put the terminal in raw mode: a Ctrl-D that arrives while the
  // terminal is still canonical is turned by the kernel into a NUL byte once raw
  // mode starts, so the keystroke would be lost, as it would for a person who
  // typed it ahead.
  void send_eof(int timeout_ms = 5000);

  // Reads the terminal until what appeared since the last expect() contains
  // `needle`; false after `timeout_ms` or when the program ended without it.
  bool expect(const std::string& needle, int timeout_ms = 5000);

  // Like expect(), for whichever of `needles` appears first; its index, or -1.
  int expect_any(const std::vector<std::string>& needles, int timeout_ms = 5000);

  // Waits for the program to end; its exit status (128+N when killed by signal N).
  int wait();

  // Everything the terminal showed, and the part not yet consumed by expect().
  const std::string&
  transcript() const
  {
    return m_transcript;
  }
  std::string
  unread() const
  {
    return m_transcript.substr(m_mark);
  }

private:
  int m_master = -1;
  int m_pid = -1;
  bool m_line_editing = true;
  std::string m_transcript;
  std::size_t m_mark = 0;
};
