#include <framewise/cli/atomic_file.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace framewise::cli {

namespace {

// Test hook for tests/e2e/test_atomic_write.cpp: FRAMEWISE_TEST_CRASH_WRITE set
// to `point` kills the process there with SIGKILL, as a power cut or `kill -9`
// would, so the test can check what such a crash leaves behind.
void
crash_here_for_test(const char* point)
{
  const char* wanted = std::getenv("FRAMEWISE_TEST_CRASH_WRITE");
  if (wanted != nullptr && std::strcmp(wanted, point) == 0) {
    ::kill(::getpid(), SIGKILL);
  }
}

// Makes the rename itself durable: the directory entry is on disk too.
void
sync_directory_of(const std::string& path)
{
  const auto slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd); // best effort: some file systems refuse fsync on a directory
    ::close(fd);
  }
}

} // namespace

std::optional<std::string>
write_file_atomically(const std::string& path, std::string_view content)
{
  // Beside the target, so the rename stays within one file system.
  std::string temporary = path + ".XXXXXX";
  std::vector<char> name(temporary.begin(), temporary.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    return fmt::format("cannot create a file beside '{}': {}", path, std::strerror(errno));
  }
  temporary.assign(name.data());
  const auto fail = [&](const char* what) {
    const std::string message = fmt::format("cannot {} '{}': {}", what, path, std::strerror(errno));
    ::close(fd);
    ::unlink(temporary.c_str());
    return message;
  };
  // A replaced file keeps its permissions; a new one gets rw-r--r--.
  struct stat existing
  {};
  const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
  const auto write_all = [&](std::string_view part) {
    while (!part.empty()) {
      const ssize_t count = ::write(fd, part.data(), part.size());
      if (count < 0 && errno == EINTR) {
        continue;
      }
      if (count < 0) {
        return false;
      }
      part.remove_prefix(static_cast<std::size_t>(count));
    }
    return true;
  };
  const std::size_t half = content.size() / 2;
  if (!write_all(content.substr(0, half))) {
    return fail("write");
  }
  crash_here_for_test("half-written");
  if (!write_all(content.substr(half))) {
    return fail("write");
  }
  if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) {
    return fail("flush");
  }
  if (::close(fd) != 0) {
    ::unlink(temporary.c_str());
    return fmt::format("cannot write '{}': {}", path, std::strerror(errno));
  }
  crash_here_for_test("before-rename");
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string message = fmt::format("cannot replace '{}': {}", path, std::strerror(errno));
    ::unlink(temporary.c_str());
    return message;
  }
  sync_directory_of(path);
  return std::nullopt;
}

} // namespace framewise::cli
