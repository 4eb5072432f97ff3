#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/version_command.hpp>
#include <framewise/version/version.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

namespace framewise::cli {

std::string
version_text()
{
  const std::string_view describe = version::git_describe();
  return describe.empty() ? fmt::format("framewise {}\n", version::project)
                          : fmt::format("framewise {} ({})\n", version::project, describe);
}

std::string
version_json()
{
  const std::string_view describe = version::git_describe();
  nlohmann::ordered_json document;
  document["name"] = "framewise";
  document["version"] = version::project;
  document["git_describe"] = describe.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(describe);
  return document.dump(2) + "\n";
}

std::optional<int>
run_version_request(int argc, const char* const* argv)
{
  bool version = false;
  std::optional<std::string> format;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--version") {
      version = true;
    } else if ((arg == "--format" || arg == "-f") && i + 1 < argc && !format) {
      format = argv[++i];
    } else if (arg.starts_with("--format=") && !format) {
      format = std::string(arg.substr(std::string_view("--format=").size()));
    } else {
      return std::nullopt; // a command, or options this shortcut does not know
    }
  }
  if (!version) {
    return std::nullopt;
  }
  const std::vector<std::string> formats = {"text", "json"};
  const std::string chosen = format.value_or("text");
  if (chosen != "text" && chosen != "json") {
    print_unknown_name(fmt::format("--version --format '{}' is not a format", chosen), chosen, formats);
    return static_cast<int>(ExitCode::bad_input);
  }
  if (!write_stdout(chosen == "json" ? version_json() : version_text())) {
    print_usage_error("cannot write the version to stdout", "check the disk or the pipe it goes to");
    return static_cast<int>(ExitCode::bad_input);
  }
  return static_cast<int>(ExitCode::success);
}

} // namespace framewise::cli
