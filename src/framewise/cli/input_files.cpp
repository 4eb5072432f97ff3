#include <framewise/cli/input_files.hpp>
#include <framewise/load/source_text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace framewise::cli {

namespace {

void
report(model::Diagnostics& diagnostics, model::Domain domain, std::string file, std::string message,
       std::string hint = {})
{
  model::Diagnostic diagnostic;
  diagnostic.domain = domain;
  diagnostic.pos.file = std::move(file);
  diagnostic.message = std::move(message);
  diagnostic.hint = std::move(hint);
  diagnostics.push_back(std::move(diagnostic));
}

// Closes the descriptor when reading is done, on every path.
class Descriptor
{
public:
  explicit Descriptor(int fd, bool owned)
      : m_fd(fd)
      , m_owned(owned)
  {}
  ~Descriptor()
  {
    if (m_owned && m_fd >= 0) {
      ::close(m_fd);
    }
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int
  get() const
  {
    return m_fd;
  }

private:
  int m_fd;
  bool m_owned;
};

} // namespace

std::optional<FileText>
read_input(const std::string& path, model::Domain domain, model::Diagnostics& diagnostics)
{
  const bool from_stdin = path == "-";
  const std::string name = from_stdin ? "<stdin>" : path;
  const Descriptor fd(from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC), !from_stdin);
  if (fd.get() < 0) {
    report(diagnostics, domain, name, fmt::format("cannot open the file: {}", std::strerror(errno)));
    return std::nullopt;
  }
  struct stat info
  {};
  if (::fstat(fd.get(), &info) == 0 && S_ISDIR(info.st_mode)) {
    report(diagnostics, domain, name, "is a directory, not a file");
    return std::nullopt;
  }
  FileText file{name, {}};
  char buffer[65536];
  while (true) {
    const ssize_t count = ::read(fd.get(), buffer, sizeof buffer);
    if (count < 0 && errno == EINTR) {
      continue;
    }
    if (count < 0) {
      report(diagnostics, domain, name, fmt::format("cannot read the file: {}", std::strerror(errno)));
      return std::nullopt;
    }
    if (count == 0) {
      break;
    }
    file.text.append(buffer, static_cast<std::size_t>(count));
    if (file.text.size() > load::k_max_input_bytes) {
      report(diagnostics, domain, name,
             fmt::format("file is larger than {} bytes, the most framewise reads", load::k_max_input_bytes));
      return std::nullopt;
    }
  }
  return file;
}

std::optional<std::vector<std::string>>
files_in(const std::string& dir, const std::vector<std::string>& extensions, model::Domain domain,
         const std::string& hint, model::Diagnostics& diagnostics)
{
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    report(diagnostics, domain, dir, "is not a directory", hint);
    return std::nullopt;
  }
  std::vector<std::string> files;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const fs::path& path = it->path();
    const std::string extension = path.extension().string();
    if (std::find(extensions.begin(), extensions.end(), extension) != extensions.end() && it->is_regular_file(error)) {
      files.push_back(path.string());
    }
  }
  if (error) {
    report(diagnostics, domain, dir, fmt::format("cannot list the directory: {}", error.message()));
    return std::nullopt;
  }
  if (files.empty()) {
    // ".yaml or .yml", ".yaml, .yml or .json"
    std::string names = extensions.back();
    if (extensions.size() > 1) {
      names = fmt::format("{} or {}", fmt::join(extensions.begin(), extensions.end() - 1, ", "), names);
    }
    report(diagnostics, domain, dir, fmt::format("holds no {} file", names), hint);
    return std::nullopt;
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<std::vector<std::string>>
pack_files_in(const std::string& dir, model::Diagnostics& diagnostics)
{
  return files_in(dir, {".yaml", ".yml"}, model::Domain::rules, "--rules takes a directory of rule-pack YAML files",
                  diagnostics);
}

} // namespace framewise::cli
