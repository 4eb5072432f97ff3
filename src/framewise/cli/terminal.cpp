#include <framewise/cli/terminal.hpp>

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <string_view>

#include <sys/ioctl.h>
#include <unistd.h>

namespace framewise::cli {

bool
stdin_is_terminal()
{
  return ::isatty(STDIN_FILENO) == 1;
}

bool
stdout_is_terminal()
{
  return ::isatty(STDOUT_FILENO) == 1;
}

namespace {

std::size_t
width_of(int fd)
{
  winsize size{};
  if (::isatty(fd) == 1 && ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  if (const char* columns = std::getenv("COLUMNS")) {
    const std::string_view text(columns);
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && value > 0) {
      return value;
    }
  }
  return 80;
}

} // namespace

std::size_t
output_width()
{
  return width_of(STDOUT_FILENO);
}

std::size_t
prompt_width()
{
  return width_of(STDERR_FILENO);
}

bool
locale_is_utf8()
{
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
      continue;
    }
    std::string lower(value);
    for (auto& c : lower) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
  }
  return false;
}

bool
use_color(const std::string& choice)
{
  if (choice == "always") {
    return true;
  }
  if (choice == "never") {
    return false;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') {
    return false;
  }
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") {
    return false;
  }
  return stdout_is_terminal();
}

} // namespace framewise::cli
