#include "process.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <sys/wait.h>
#include <unistd.h>

namespace {

std::string
required_env(const char* name)
{
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') {
    throw std::runtime_error(std::string(name) + " is not set; run the test through ctest");
  }
  return value;
}

} // namespace

RunResult
run_command(const std::string& command, const std::string& stdin_file)
{
  char dir_template[] = "/tmp/framewise-e2e-XXXXXX";
  const char* dir = ::mkdtemp(dir_template);
  if (dir == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  const std::string out_path = std::string(dir) + "/out";
  const std::string err_path = std::string(dir) + "/err";
  const std::string full = command + " <'" + stdin_file + "' >'" + out_path + "' 2>'" + err_path + "'";
  const int status = std::system(full.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_whole_file(out_path);
  result.err = read_whole_file(err_path);
  std::remove(out_path.c_str());
  std::remove(err_path.c_str());
  ::rmdir(dir);
  return result;
}

std::string
read_whole_file(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string
framewise_binary()
{
  return required_env("FRAMEWISE");
}

std::string
source_dir()
{
  return required_env("FRAMEWISE_SOURCE_DIR");
}

ScratchDir::ScratchDir(const std::string& name)
    : m_path((std::filesystem::temp_directory_path() / ("framewise-e2e-" + name + "-XXXXXX")).string())
{
  if (::mkdtemp(m_path.data()) == nullptr) {
    throw std::runtime_error("cannot create a scratch directory " + m_path);
  }
}

ScratchDir::~ScratchDir()
{
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}
