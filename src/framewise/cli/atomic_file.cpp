#include <framewise/cli/atomic_file.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace framewise::cli {

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
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t count = ::write(fd, content.data() + written, content.size() - written);
    if (count < 0 && errno == EINTR) {
      continue;
    }
    if (count < 0) {
      return fail("write");
    }
    written += static_cast<std::size_t>(count);
  }
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) {
    return fail("flush");
  }
  if (::close(fd) != 0) {
    ::unlink(temporary.c_str());
    return fmt::format("cannot write '{}': {}", path, std::strerror(errno));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const std::string message = fmt::format("cannot replace '{}': {}", path, std::strerror(errno));
    ::unlink(temporary.c_str());
    return message;
  }
  return std::nullopt;
}

} // namespace framewise::cli
