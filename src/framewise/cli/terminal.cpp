#include <framewise/cli/terminal.hpp>

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

std::size_t
output_width()
{
  winsize size{};
  if (stdout_is_terminal() && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
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
