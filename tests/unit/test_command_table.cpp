#include <framewise/cli/command_table.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using framewise::cli::command_table;
using framewise::cli::CommandEntry;

namespace {

std::string
read_file(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// first_command_word of `framewise` followed by `args`.
std::string
first_word(const std::vector<const char*>& args)
{
  std::vector<const char*> argv(args.size() + 1, "framewise");
  std::copy(args.begin(), args.end(), argv.begin() + 1);
  return framewise::cli::first_command_word(static_cast<int>(argv.size()), argv.data());
}

} // namespace

TEST_SUITE("cli::command_table")
{
  TEST_CASE("names are unique and each finds its own line")
  {
    std::set<std::string_view> names;
    for (const CommandEntry& entry : command_table()) {
      CHECK_MESSAGE(names.insert(entry.name).second, entry.name);
      CHECK(framewise::cli::find_command(entry.name) == &entry);
      CHECK(static_cast<bool>(entry.declare));
    }
    CHECK(framewise::cli::find_command("no-such-command") == nullptr);
    CHECK(framewise::cli::find_command("") == nullptr);
  }

  TEST_CASE("each line declares the command it names, in table order, as --help lists them")
  {
    CLI::App app;
    std::vector<framewise::cli::DeclaredCommand> declared;
    for (const CommandEntry& entry : command_table()) {
      declared.push_back(entry.declare(app));
      const CLI::App* parsed_by = declared.back().parsed_by;
      REQUIRE(parsed_by != nullptr);
      // `rules lint` is parsed by `lint`, below the `rules` the table names.
      const CLI::App* top = parsed_by->get_parent() == &app ? parsed_by : parsed_by->get_parent();
      CHECK(top->get_name() == entry.name);
      CHECK(static_cast<bool>(declared.back().run));
    }
    const auto subcommands = app.get_subcommands({});
    REQUIRE(subcommands.size() == command_table().size());
    for (std::size_t i = 0; i < subcommands.size(); ++i) {
      CHECK(subcommands[i]->get_name() == command_table()[i].name);
    }
  }

  TEST_CASE("the man page documents every command of the table")
  {
    const std::string page = read_file(std::string(FRAMEWISE_SOURCE_DIR) + "/man/framewise.1");
    for (const CommandEntry& entry : command_table()) {
      // A subsection per command: .SS "recommend", .SS "rules lint", ...
      const std::string heading = ".SS \"" + std::string(entry.name);
      CHECK_MESSAGE(page.find(heading) != std::string::npos,
                    "man/framewise.1 has no " << heading << "...\" section for a command of the table");
    }
  }
}

TEST_SUITE("cli::options")
{
  TEST_CASE("every global option that takes a value is declared in k_global_value_options")
  {
    // The pre-parsers skip values by that list alone; a global option with a
    // value missing from it would be taken for the command word.
    CLI::App app;
    framewise::cli::GlobalOptions global;
    framewise::cli::add_global_options(app, global);
    std::set<std::string> with_value;
    for (const CLI::Option* option : app.get_options()) {
      if (option->get_expected_max() > 0 && option->nonpositional()) {
        for (const std::string& name : option->get_lnames()) {
          with_value.insert("--" + name);
        }
      }
    }
    std::set<std::string> declared;
    for (const auto& option : framewise::cli::k_global_value_options) {
      declared.insert(std::string(option.name));
    }
    CHECK(with_value == declared);
  }

  TEST_CASE("first_command_word skips the global options and their values")
  {
    CHECK(first_word({"recommend"}) == "recommend");
    CHECK(first_word({"--rules", "check", "compare"}) == "compare");
    CHECK(first_word({"--color", "never", "--no-builtin-rules", "questions"}) == "questions");
    CHECK(first_word({"--color=never", "init"}) == "init");
    for (const auto& option : framewise::cli::k_global_value_options) {
      CHECK(first_word({option.name.data(), "value", "mistakes"}) == "mistakes");
    }
    CHECK(first_word({"--rules"}).empty());
    CHECK(first_word({}).empty());
  }
}
