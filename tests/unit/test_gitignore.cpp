#include "helpers.hpp"

#include <framewise/scan/gitignore.hpp>

using framewise::scan::IgnoreRules;
using framewise::scan::parse_gitignore;

namespace {

IgnoreRules
rules(std::string_view text, const std::string& base = "")
{
  IgnoreRules ignore;
  ignore.add(parse_gitignore(text, base));
  return ignore;
}

constexpr bool k_file = false;
constexpr bool k_dir = true;

} // namespace

TEST_CASE("gitignore: a name without '/' matches at any depth; with '/' it is anchored")
{
  const auto ignore = rules("build\n/dist\ndocs/out\n");
  CHECK(ignore.ignored("build", k_dir));
  CHECK(ignore.ignored("a/b/build", k_file));
  CHECK(ignore.ignored("dist", k_dir));
  CHECK_FALSE(ignore.ignored("a/dist", k_dir));
  CHECK(ignore.ignored("docs/out", k_dir));
  CHECK_FALSE(ignore.ignored("x/docs/out", k_dir));
  CHECK_FALSE(ignore.ignored("builder", k_dir));
}

TEST_CASE("gitignore: a trailing '/' matches directories only")
{
  const auto ignore = rules("cache/\n");
  CHECK(ignore.ignored("cache", k_dir));
  CHECK(ignore.ignored("a/cache", k_dir));
  CHECK_FALSE(ignore.ignored("cache", k_file));
}

TEST_CASE("gitignore: '!' re-includes, the last matching pattern wins")
{
  const auto ignore = rules("*.txt\n!requirements*.txt\nrequirements-old.txt\n");
  CHECK(ignore.ignored("notes.txt", k_file));
  CHECK_FALSE(ignore.ignored("requirements.txt", k_file));
  CHECK_FALSE(ignore.ignored("sub/requirements-dev.txt", k_file));
  CHECK(ignore.ignored("requirements-old.txt", k_file));
}

TEST_CASE("gitignore: '*', '?' and classes never match '/'; '**' spans directories")
{
  const auto ignore = rules("a/*.py\nx?z\n[bc]at\n[!d]og\n**/deep\nlogs/**\nsrc/**/gen\n");
  CHECK(ignore.ignored("a/settings.py", k_file));
  CHECK_FALSE(ignore.ignored("a/b/settings.py", k_file));
  CHECK(ignore.ignored("xyz", k_file));
  CHECK_FALSE(ignore.ignored("x/z", k_file));
  CHECK(ignore.ignored("bat", k_file));
  CHECK(ignore.ignored("cat", k_file));
  CHECK_FALSE(ignore.ignored("rat", k_file));
  CHECK(ignore.ignored("fog", k_file));
  CHECK_FALSE(ignore.ignored("dog", k_file));
  CHECK(ignore.ignored("deep", k_dir));
  CHECK(ignore.ignored("a/b/c/deep", k_dir));
  CHECK(ignore.ignored("logs/a", k_file));
  CHECK(ignore.ignored("logs/a/b", k_file));
  CHECK_FALSE(ignore.ignored("logs", k_dir));
  CHECK(ignore.ignored("src/gen", k_dir));
  CHECK(ignore.ignored("src/a/b/gen", k_dir));
  CHECK_FALSE(ignore.ignored("src/a/b/gen2", k_dir));
}

TEST_CASE("gitignore: comments, blank lines, escapes and trailing spaces")
{
  const auto ignore = rules("# comment\n\n\\#hash\n\\!bang\ntrail   \nkeep\\ \n");
  CHECK_FALSE(ignore.ignored("# comment", k_file));
  CHECK(ignore.ignored("#hash", k_file));
  CHECK(ignore.ignored("!bang", k_file));
  CHECK(ignore.ignored("trail", k_file));
  CHECK(ignore.ignored("keep ", k_file));
  CHECK_FALSE(ignore.ignored("keep", k_file));
}

TEST_CASE("gitignore: a nested file's patterns apply below its directory only, and override the root's")
{
  IgnoreRules ignore;
  ignore.add(parse_gitignore("*.txt\n", ""));
  ignore.add(parse_gitignore("!requirements.txt\n/local.txt\n", "backend/"));
  CHECK(ignore.ignored("requirements.txt", k_file));
  CHECK_FALSE(ignore.ignored("backend/requirements.txt", k_file));
  CHECK(ignore.ignored("backend/local.txt", k_file));
  CHECK_FALSE(ignore.ignored("local.py", k_file));
}

TEST_CASE("gitignore: many stars cost the product of the lengths, not an exponential")
{
  const auto ignore = rules("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c\n");
  CHECK_FALSE(ignore.ignored(std::string(5000, 'a'), k_file));
}
