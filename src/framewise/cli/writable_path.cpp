#include <framewise/cli/writable_path.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace framewise::cli {

std::optional<std::string>
unwritable_reason(const std::string& path)
{
  if (path.empty()) {
    return std::string("the file name is empty");
  }
  struct stat info
  {};
  if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
    return fmt::format("'{}' is a directory", path);
  }
  const auto slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  if (::stat(dir.c_str(), &info) != 0) {
    return errno == ENOENT ? fmt::format("the directory '{}' does not exist", dir)
                           : fmt::format("cannot reach the directory '{}': {}", dir, std::strerror(errno));
  }
  if (!S_ISDIR(info.st_mode)) {
    return fmt::format("'{}' is not a directory", dir);
  }
  // The same step write_file_atomically takes first, so permissions, a
  // read-only file system or a full inode table all show here.
  std::string probe = path + ".XXXXXX";
  std::vector<char> name(probe.begin(), probe.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    return fmt::format("cannot create files in '{}': {}", dir, std::strerror(errno));
  }
  ::close(fd);
  ::unlink(name.data());
  return std::nullopt;
}

} // namespace framewise::cli
