#include <framewise/cli/app.hpp>
#include <framewise/cli/command_table.hpp>
#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/help_formatter.hpp>
#include <framewise/cli/options.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/terminal.hpp>
#include <framewise/cli/usage_errors.hpp>
#include <framewise/cli/version_command.hpp>
#include <framewise/load/spellcheck.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <new>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::cli {

namespace {

std::vector<std::string>
option_names(const CLI::App& command)
{
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const auto& name : option->get_lnames()) {
      names.push_back("--" + name);
    }
    for (const auto& name : option->get_snames()) {
      names.push_back("-" + name);
    }
  }
  return names;
}

// CLI11's own wording for these is confusing ("A subcommand is required" for a
// misspelt one, "The following arguments were not expected" listing a valid
// file name), so unknown commands and options are reported here, by name.
bool
reported_unknown_command(const CLI::App& app, int argc, const char* const* argv)
{
  const std::string word = first_command_word(argc, argv);
  if (word.empty()) {
    return false;
  }
  std::vector<std::string> commands;
  for (const CLI::App* command : app.get_subcommands({})) {
    commands.push_back(command->get_name());
  }
  if (std::find(commands.begin(), commands.end(), word) != commands.end()) {
    return false;
  }
  const std::string suggestion = load::closest_match(word, commands);
  print_usage_error(fmt::format("unknown command '{}'", word),
                    suggestion.empty()
                      ? fmt::format("the commands are: {}; run 'framewise --help'", fmt::join(commands, ", "))
                      : fmt::format("did you mean '{}'?", suggestion));
  return true;
}

bool
reported_extra_arguments(const CLI::App& app, const CLI::App& command)
{
  std::vector<std::string> extras = app.remaining();
  for (const auto& extra : command.remaining()) {
    extras.push_back(extra);
  }
  if (extras.empty()) {
    return false;
  }
  const auto option =
    std::find_if(extras.begin(), extras.end(), [](const std::string& arg) { return arg.size() > 1 && arg[0] == '-'; });
  const std::string path =
    command.get_parent() == &app ? command.get_name() : command.get_parent()->get_name() + " " + command.get_name();
  if (option == extras.end()) {
    // `rules lint rules`: the pack to lint is a global option, not an argument.
    print_usage_error(
      fmt::format("unexpected argument '{}' for '{}'", extras.front(), path),
      path == "rules lint"
        ? fmt::format("a rule pack directory is given with --rules DIR: 'framewise rules lint --rules {}'; "
                      "run 'framewise rules lint --help'",
                      extras.front())
        : fmt::format("run 'framewise {} --help' for its options", path));
    return true;
  }
  std::vector<std::string> names = option_names(command);
  const std::vector<std::string> global_names = option_names(app);
  names.insert(names.end(), global_names.begin(), global_names.end());
  const std::string name = option->substr(0, option->find('='));
  const std::string suggestion = load::closest_match(name, names);
  print_usage_error(fmt::format("unknown option '{}' for '{}'", name, path),
                    suggestion.empty()
                      ? fmt::format("run 'framewise {} --help' for its options", path)
                      : fmt::format("did you mean '{}'? Run 'framewise {} --help' for its options", suggestion, path));
  return true;
}

// `framewise rules` without a command, or with one that does not exist (yet).
void
report_rules_command(const CLI::App& app, int argc, const char* const* argv)
{
  std::vector<std::string> commands;
  for (const CLI::App* command : app.get_subcommands({})) {
    if (command->get_name() == "rules") {
      for (const CLI::App* sub : command->get_subcommands({})) {
        commands.push_back(sub->get_name());
      }
    }
  }
  std::string given;
  bool after_rules = false;
  for (int i = 1; i < argc && given.empty(); ++i) {
    const std::string_view arg = argv[i];
    if (takes_global_value(arg)) {
      ++i;
    } else if (!arg.starts_with("-")) {
      if (after_rules) {
        given = arg;
      }
      after_rules = after_rules || arg == "rules";
    }
  }
  const std::string list = fmt::format("{}", fmt::join(commands, ", "));
  if (given.empty()) {
    print_usage_error(fmt::format("'framewise rules' needs a command: {}", list),
                      "run 'framewise rules lint' to check a rule pack, or 'framewise rules --help'");
    return;
  }
  const std::string suggestion = load::closest_match(given, commands);
  print_usage_error(fmt::format("'framewise rules {}' does not exist (yet); the rules commands are: {}", given, list),
                    suggestion.empty() ? "run 'framewise rules --help'"
                                       : fmt::format("did you mean 'framewise rules {}'?", suggestion));
}

// The commands a command line needs declared: the one it names, alone
// (declaring every command's options costs more than a small recommend runs),
// or all of them, in table order, for help, errors (no command, an unknown
// one) and a command that reads the whole tree.
struct Declared
{
  const CommandEntry* entry;
  DeclaredCommand command;
};

std::vector<Declared>
declare_commands(CLI::App& app, int argc, const char* const* argv)
{
  const CommandEntry* named = find_command(first_command_word(argc, argv));
  const bool declare_all = named == nullptr || named->reads_every_command;
  std::vector<Declared> declared;
  for (const CommandEntry& entry : command_table()) {
    if (declare_all || &entry == named) {
      DeclaredCommand command = entry.declare(app);
      std::vector<DeclaredCommand> more = std::move(command.more);
      declared.push_back({&entry, std::move(command)});
      for (DeclaredCommand& sub : more) {
        declared.push_back({&entry, std::move(sub)});
      }
    }
  }
  for (const Declared& command : declared) {
    command.command.parsed_by->allow_extras(); // reported_extra_arguments says what is wrong
  }
  return declared;
}

int
dispatch(int argc, const char* const* argv)
{
  // `--version [--format json]` and the usual recommend command line skip
  // CLI11 (see run_version_request, CommandEntry::run_plain).
  if (const auto code = run_version_request(argc, argv)) {
    return *code;
  }
  if (const CommandEntry* entry = argc > 1 ? find_command(argv[1]) : nullptr; entry && entry->run_plain) {
    if (const auto code = entry->run_plain(entry->pack, argc, argv)) {
      return static_cast<int>(*code);
    }
  }
  CLI::App app{"framewise: which Python web framework fits your project, FastAPI, Flask or Django, and why."};
  app.name("framewise");
  app.formatter(make_help_formatter(output_width())); // before the commands, which inherit it
  std::string version = version_text();
  version.pop_back(); // CLI11 adds the newline
  app.set_version_flag("--version", version,
                       "Print the version and the git revision it was built from, then exit; with "
                       "'--format json', as JSON for scripts");
  app.require_subcommand(1);
  app.fallthrough();  // global options may follow the subcommand
  app.allow_extras(); // unknown arguments are reported by reported_extra_arguments
  app.footer("Exit codes: 0 success, 1 a check found a problem, 2 usage, profile or rule-pack error, "
             "130 interrupted.\n"
             "Run 'framewise COMMAND --help' for a command's options. The manual, with the profile format: "
             "'man -l man/framewise.1' in a checkout of framewise's source ('man framewise' once installed).");

  GlobalOptions global;
  add_global_options(app, global);
  const std::vector<Declared> declared = declare_commands(app, argc, argv);

  if (reported_unknown_command(app, argc, argv)) {
    return static_cast<int>(ExitCode::bad_input);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) { // --help, --version
      return app.exit(error);
    }
    if (std::string_view(error.what()) == "A subcommand is required") {
      if (first_command_word(argc, argv) == "rules") {
        report_rules_command(app, argc, argv);
      } else {
        print_usage_error("no command given", "try 'framewise recommend --profile FILE', or 'framewise --help'");
      }
      return static_cast<int>(ExitCode::bad_input);
    }
    print_parse_error(app, error, argc, argv);
    return static_cast<int>(ExitCode::bad_input);
  }

  for (const Declared& command : declared) {
    if (command.command.parsed_by->parsed() && reported_extra_arguments(app, *command.command.parsed_by)) {
      return static_cast<int>(ExitCode::bad_input);
    }
  }
  for (const Declared& command : declared) {
    if (command.command.parsed_by->parsed()) {
      return static_cast<int>(command.command.run(CommandContext{global, command.entry->pack, &app}));
    }
  }
  return static_cast<int>(ExitCode::bad_input);
}

} // namespace

int
run(int argc, const char* const* argv)
{
  try {
    return dispatch(argc, argv);
  } catch (const std::bad_alloc&) {
    std::fputs("framewise: error: out of memory\n", stderr);
  } catch (const std::exception& error) {
    std::fputs(fmt::format("framewise: error: {}\n", report::escape_controls(error.what())).c_str(), stderr);
  } catch (...) {
    std::fputs("framewise: error: unexpected failure\n", stderr);
  }
  return static_cast<int>(ExitCode::bad_input);
}

} // namespace framewise::cli
