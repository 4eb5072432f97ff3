#include <framewise/cli/recommend_command.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using framewise::cli::PlainRecommendArgs;
using framewise::cli::read_plain_recommend_args;

namespace {

// argv: the program name, then `args`.
std::vector<const char*>
command_line(const std::vector<const char*>& args)
{
  std::vector<const char*> argv(args.size() + 1, "framewise");
  std::copy(args.begin(), args.end(), argv.begin() + 1);
  return argv;
}

std::optional<PlainRecommendArgs>
plain(const std::vector<const char*>& args)
{
  const auto argv = command_line(args);
  return read_plain_recommend_args(static_cast<int>(argv.size()), argv.data());
}

// The same command line read by CLI11 with the options framewise declares.
PlainRecommendArgs
by_cli11(const std::vector<const char*>& args)
{
  const auto argv = command_line(args);
  PlainRecommendArgs out;
  CLI::App app;
  app.fallthrough();
  framewise::cli::add_global_options(app, out.global);
  framewise::cli::add_recommend_command(app, out.options);
  app.parse(static_cast<int>(argv.size()), argv.data());
  return out;
}

void
check_same_as_cli11(const std::vector<const char*>& args)
{
  const auto read = plain(args);
  REQUIRE(read.has_value());
  const PlainRecommendArgs expected = by_cli11(args);
  CHECK(read->options.profile == expected.options.profile);
  CHECK(read->options.format == expected.options.format);
  CHECK(read->options.explain == expected.options.explain);
  CHECK(read->options.what_if == expected.options.what_if);
  CHECK(read->options.save_profile == expected.options.save_profile);
  CHECK(read->options.ask_missing == expected.options.ask_missing);
  CHECK(read->global.color == expected.global.color);
  CHECK(read->global.rules_dirs == expected.global.rules_dirs);
  CHECK(read->global.no_builtin_rules == expected.global.no_builtin_rules);
}

} // namespace

TEST_SUITE("cli::read_plain_recommend_args")
{
  TEST_CASE("reads the usual recommend command lines as CLI11 does")
  {
    check_same_as_cli11({"recommend", "--profile", "p.yaml"});
    check_same_as_cli11({"recommend", "--profile", "p.yaml", "--format", "json"});
    check_same_as_cli11({"recommend", "-f", "markdown", "-p", "-", "--what-if", "--explain"});
    check_same_as_cli11({"recommend", "--color", "never", "--profile", "p.yaml", "--format", "text"});
    check_same_as_cli11({"recommend"});
  }

  TEST_CASE("leaves every other command line to CLI11")
  {
    CHECK_FALSE(plain({}).has_value());
    CHECK_FALSE(plain({"check", "--profile", "p.yaml"}).has_value());
    CHECK_FALSE(plain({"--color", "never", "recommend"}).has_value());
    CHECK_FALSE(plain({"recommend", "--profile=p.yaml"}).has_value());
    CHECK_FALSE(plain({"recommend", "--profile"}).has_value());
    CHECK_FALSE(plain({"recommend", "--profile", ""}).has_value());
    CHECK_FALSE(plain({"recommend", "--profile", "--format", "json"}).has_value());
    CHECK_FALSE(plain({"recommend", "--profile", "a.yaml", "--profile", "b.yaml"}).has_value());
    CHECK_FALSE(plain({"recommend", "--format", "xml"}).has_value());
    CHECK_FALSE(plain({"recommend", "--color", "sometimes"}).has_value());
    CHECK_FALSE(plain({"recommend", "--explain", "--explain"}).has_value());
    CHECK_FALSE(plain({"recommend", "--profile", "p.yaml", "--ask-missing"}).has_value());
    CHECK_FALSE(plain({"recommend", "--profile", "p.yaml", "--save-profile", "out.yaml"}).has_value());
    CHECK_FALSE(plain({"recommend", "--rules", "pack", "--profile", "p.yaml"}).has_value());
    CHECK_FALSE(plain({"recommend", "--profile", "p.yaml", "--help"}).has_value());
    CHECK_FALSE(plain({"recommend", "--profile", "p.yaml", "extra"}).has_value());
    CHECK_FALSE(plain({"recommend", "--profile", "p.yaml", "--", "x"}).has_value());
  }
}
