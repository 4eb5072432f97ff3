#include <framewise/cli/app.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/recommend_command.hpp>
#include <framewise/cli/rules_command.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <exception>
#include <new>

namespace framewise::cli {

namespace {

void
add_global_options(CLI::App& app, GlobalOptions& options)
{
  app.add_option("--rules", options.rules_dirs,
                 "Load the rule-pack YAML files of DIR on top of the built-in pack (an item "
                 "with the same id replaces the built-in one). Repeatable; later wins.")
    ->type_name("DIR")
    ->take_all();
  app.add_flag("--no-builtin-rules", options.no_builtin_rules,
               "Use only the --rules packs, instead of layering them on the built-in one");
  app.add_option("--color", options.color, "Colour the text output: auto (a terminal, unless NO_COLOR is set), always, never")
    ->check(CLI::IsMember({"auto", "always", "never"}))
    ->type_name("WHEN")
    ->capture_default_str();
}

int
dispatch(int argc, const char* const* argv)
{
  CLI::App app{"framewise: which Python web framework fits your project, FastAPI, Flask or Django, and why."};
  app.name("framewise");
  app.set_version_flag("--version", FRAMEWISE_VERSION);
  app.require_subcommand(1);
  app.fallthrough(); // global options may follow the subcommand
  app.footer(
    "Exit codes: 0 success, 1 a check found a problem, 2 usage, profile or rule-pack error, "
    "130 interrupted.\n"
    "Run 'framewise COMMAND --help' for a command's options, 'man framewise' for the profile "
    "format.");

  GlobalOptions global;
  add_global_options(app, global);
  RecommendOptions recommend_options;
  auto* recommend = add_recommend_command(app, recommend_options);
  RulesOptions rules_options;
  auto* lint = add_rules_command(app, rules_options);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) { // --help, --version
      return app.exit(error);
    }
    print_usage_error(error.what(), "run 'framewise --help' for the commands and options");
    return static_cast<int>(ExitCode::bad_input);
  }

  if (recommend->parsed()) {
    return static_cast<int>(run_recommend(global, recommend_options));
  }
  if (lint->parsed()) {
    return static_cast<int>(run_rules_lint(global, rules_options));
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
    std::fputs(fmt::format("framewise: error: {}\n", error.what()).c_str(), stderr);
  } catch (...) {
    std::fputs("framewise: error: unexpected failure\n", stderr);
  }
  return static_cast<int>(ExitCode::bad_input);
}

} // namespace framewise::cli
