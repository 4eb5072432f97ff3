#pragma once

#include <string>

// What a finished run of the framewise binary showed a user.
struct RunResult
{
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `command` through /bin/sh with stdin from `stdin_file` (/dev/null by
// default) and captures stdout, stderr and the exit code.
RunResult run_command(const std::string& command, const std::string& stdin_file = "/dev/null");

// The whole content of `path` (empty when it cannot be read).
std::string read_whole_file(const std::string& path);

// The framewise binary and the source tree, from the environment ctest sets.
std::string framewise_binary();
std::string source_dir();

// A directory of its own under the system temporary directory
// (framewise-e2e-NAME-XXXXXX), removed with everything in it at the end, so two
// suites running at once never share a file.
class ScratchDir
{
public:
  explicit ScratchDir(const std::string& name);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string&
  path() const
  {
    return m_path;
  }

private:
  std::string m_path;
};
