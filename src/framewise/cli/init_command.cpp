#include <framewise/cli/atomic_file.hpp>
#include <framewise/cli/init_command.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/reference_output.hpp>
#include <framewise/cli/terminal.hpp>
#include <framewise/report/reference/profile_template.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

namespace framewise::cli {

namespace {

// The name the README and CI examples use for a committed profile.
constexpr std::string_view k_usual_name = "framewise.yaml";

void
print_note(const std::string& text)
{
  std::fputs(text.c_str(), stderr);
  std::fflush(stderr);
}

} // namespace

CLI::App*
add_init_command(CLI::App& app, InitOptions& options)
{
  auto* command = app.add_subcommand(
    "init", "Write a profile template: every question answered null (unanswered), each commented with its "
            "prompt, why it matters and the answers it takes. Fill in what you know, then run "
            "'framewise recommend --profile FILE'.");
  command
    ->add_option("FILE", options.file,
                 "Where to write it, e.g. framewise.yaml; without FILE, or with '-', print it to stdout")
    ->type_name("");
  command->add_flag("--force", options.force, "Overwrite FILE when it exists");
  command->footer("FILE is written atomically (a temporary file beside it, then renamed), and an existing "
                  "FILE is only replaced with --force. The template loads as it is: every answer is null.\n"
                  "Example:\n"
                  "  framewise init framewise.yaml && $EDITOR framewise.yaml");
  return command;
}

ExitCode
run_init(const CommandContext& context, const InitOptions& options)
{
  const auto pack = load_pack_or_report(context);
  if (!pack) {
    return ExitCode::bad_input;
  }
  if (options.file.empty() || options.file == "-") {
    const ExitCode code = print_report(report::render_profile_template(*pack, "FILE"));
    if (code == ExitCode::success && options.file.empty() && stdout_is_terminal()) {
      print_note(fmt::format("framewise: to write it to a file instead: framewise init {}\n", k_usual_name));
    }
    return code;
  }
  const std::string shown = report::escape_controls(options.file);
  std::error_code error;
  const auto status = std::filesystem::status(options.file, error);
  if (std::filesystem::is_directory(status)) {
    print_usage_error(fmt::format("'{}' is a directory", shown),
                      fmt::format("give a file name, e.g. framewise init {}/{}", shown, k_usual_name));
    return ExitCode::bad_input;
  }
  if (std::filesystem::exists(status) && !options.force) {
    print_usage_error(fmt::format("'{}' already exists", shown), "pass --force to overwrite it, or give another FILE");
    return ExitCode::bad_input;
  }
  if (const auto failure = write_file_atomically(options.file, report::render_profile_template(*pack, options.file))) {
    print_usage_error(*failure, "check the path and its permissions");
    return ExitCode::bad_input;
  }
  print_note(fmt::format("framewise: wrote a profile template with {} questions to {}\n"
                         "next: fill in what you know, then run: framewise recommend --profile {}\n",
                         pack->questions.size(), shown, shown));
  return ExitCode::success;
}

} // namespace framewise::cli
