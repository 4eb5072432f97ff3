// Completion reads its tree from the CLI11 declarations (completion_spec) and
// writes it for each shell (completion_scripts); the shells themselves run the
// scripts in tests/completion/.
#include <framewise/cli/completion_scripts.hpp>
#include <framewise/cli/completion_spec.hpp>

#include <CLI/CLI.hpp>
#include <doctest/doctest.h>

#include <string>
#include <vector>

using framewise::cli::CompletionCommand;
using framewise::cli::read_completion_tree;
using framewise::cli::read_value_kind;
using framewise::cli::short_description;
using framewise::cli::ValueKind;

namespace {
using Words = std::vector<std::string>;
}

TEST_CASE("a value's kind comes from its type name")
{
  const framewise::cli::NamedValues none;
  CHECK(read_value_kind("WHEN:{auto,always,never}", "", false, none).choices == Words{"auto", "always", "never"});
  CHECK(read_value_kind("text|json", "", false, none).kind == ValueKind::choice);
  CHECK(read_value_kind("text|json", "", false, none).choices == Words{"text", "json"});
  CHECK(read_value_kind("error|warning|info", "", false, none).choices.size() == 3);
  CHECK(read_value_kind("FILE", "", false, none).kind == ValueKind::file);
  CHECK(read_value_kind("PROFILE|DIR", "", false, none).kind == ValueKind::file);
  CHECK(read_value_kind("DIR", "", false, none).kind == ValueKind::directory);
  CHECK(read_value_kind("", "FILE", false, none).kind == ValueKind::file); // a positional named FILE
  CHECK(read_value_kind("FORMAT=FILE", "", false, none).kind == ValueKind::free);
  CHECK(read_value_kind("N", "", false, none).kind == ValueKind::free);
  CHECK(read_value_kind("Upper|lower", "", false, none).kind == ValueKind::free); // not a list of words
  CHECK(read_value_kind("FILE", "", true, none).kind == ValueKind::none);         // a flag
  const framewise::cli::NamedValues frameworks{{"FRAMEWORK", {"fastapi", "flask"}}};
  CHECK(read_value_kind("FRAMEWORK", "", false, frameworks).choices == Words{"fastapi", "flask"});
  CHECK(read_value_kind("FRAMEWORK", "", false, none).kind == ValueKind::free);
}

TEST_CASE("the tree holds every command, its options and the inherited global ones")
{
  CLI::App app{"test"};
  app.name("framewise");
  app.set_version_flag("--version", "1");
  std::string color;
  app.add_option("--color", color, "Colour")->check(CLI::IsMember({"auto", "never"}));
  auto* check = app.add_subcommand("check", "Check things. More text.");
  std::string format;
  std::vector<std::string> paths;
  check->add_option("--format,-f", format, "Report")->check(CLI::IsMember({"text", "json"}));
  check->add_option("paths", paths, "Profiles")->type_name("PROFILE|DIR");
  auto* rules = app.add_subcommand("rules", "Rules");
  bool quiet = false;
  rules->add_subcommand("lint", "Lint")->add_flag("--quiet,-q", quiet, "Quiet");

  const CompletionCommand root = read_completion_tree(app, {});
  REQUIRE(root.subcommands.size() == 2);
  const CompletionCommand& read_check = root.subcommands[0];
  CHECK(read_check.name == "check");
  CHECK(read_check.positional.kind == ValueKind::file);
  Words names;
  for (const auto& option : read_check.options) {
    names.insert(names.end(), option.long_names.begin(), option.long_names.end());
  }
  CHECK(names == Words{"help", "format", "color"}); // --version stays the root's
  CHECK(read_check.options[1].short_names == Words{"f"});
  CHECK(read_check.options[1].value.choices == Words{"text", "json"});
  const CompletionCommand& lint = root.subcommands[1].subcommands.at(0);
  CHECK(lint.name == "lint");
  CHECK(lint.options.back().long_names == Words{"color"}); // inherited through rules
  CHECK(lint.options[1].value.kind == ValueKind::none);

  const std::string bash = framewise::cli::bash_completion_script(root);
  CHECK(bash.find("\"check|--format\"|\"check|-f\") _framewise_choices \"text json\"") != std::string::npos);
  CHECK(bash.find("\"rules lint\")") != std::string::npos);
  const std::string zsh = framewise::cli::zsh_completion_script(root);
  CHECK(zsh.find("'(--format -f)--format=[Report]:value:(text json)'") != std::string::npos);
  const std::string fish = framewise::cli::fish_completion_script(root);
  CHECK(fish.find("complete -c framewise -n '__framewise_at \"check\"' -l format -s f -x -a 'text json' -d 'Report'") !=
        std::string::npos);
  CHECK(fish.find("-n '__framewise_at \"\"' -a check -d 'Check things'") != std::string::npos);
}

TEST_CASE("a short description is the first sentence, without what shells would need quoted")
{
  CHECK(short_description("Rank things. Then more.") == "Rank things");
  CHECK(short_description("Colour: auto, always") == "Colour");
  CHECK(short_description("Use 'x' [y] $z `w` \"v\" a\\b") == "Use x y z w v ab");
  CHECK(short_description("One; two") == "One");
  CHECK(short_description("Ends.") == "Ends");
}
