#include "helpers.hpp"
#include "scan_helpers.hpp"

#include <framewise/scan/toml_manifests.hpp>

#include <fmt/format.h>

#include <string>

using framewise::scan::ManifestRead;
using framewise::scan::read_pipfile;
using framewise::scan::read_pyproject;
using framewise::scan::read_toml_lock;

namespace {

std::string
errors(const ManifestRead& read)
{
  std::string out;
  for (const auto& error : read.errors) {
    out += framewise::report::render_diagnostic(error);
  }
  return out;
}

} // namespace

TEST_CASE("pyproject: PEP 621 dependencies and optional-dependencies, at the name inside the string")
{
  const auto read = read_pyproject("[project]\n"
                                   "name = \"x\"\n"
                                   "dependencies = [\"FastAPI>=0.110\", \"  sqlalchemy[asyncio]\"]\n"
                                   "[project.optional-dependencies]\n"
                                   "pg = [\"asyncpg\"]\n",
                                   "pyproject.toml");
  CHECK(errors(read).empty());
  CHECK(test::dependency_summary(read) == "fastapi:declared@3:18 sqlalchemy:declared@3:38 asyncpg:optional:pg@5:8");
  REQUIRE(read.dependencies.size() == 3);
  CHECK(read.dependencies[1].extras == std::vector<std::string>{"asyncio"});
}

TEST_CASE("pyproject: a field in project.dynamic is noted as unknown")
{
  const auto read = read_pyproject("[project]\nname = \"x\"\ndynamic = [\"version\", \"dependencies\"]\n", "p.toml");
  REQUIRE(read.notes.size() == 1);
  CHECK(read.notes[0].starts_with("p.toml:3:23: project.dynamic lists 'dependencies'"));
}

TEST_CASE("pyproject: PEP 735 groups; include-group must name a group and must not cycle")
{
  const auto good = read_pyproject("[dependency-groups]\n"
                                   "test = [\"pytest\"]\n"
                                   "Dev = [{include-group = \"test\"}, \"Flask\"]\n",
                                   "pyproject.toml");
  CHECK(errors(good).empty());
  CHECK(test::dependency_summary(good) == "pytest:group:test@2:10 flask:group:Dev@3:35");

  const auto missing = read_pyproject("[dependency-groups]\ndev = [{include-group = \"nope\"}]\n", "pyproject.toml");
  CHECK(errors(missing) == "pyproject.toml:2:8: scan: include-group 'nope' names no group of [dependency-groups]\n"
                           "  dev = [{include-group = \"nope\"}]\n"
                           "         ^\n");

  const auto cycle = read_pyproject("[dependency-groups]\n"
                                    "a = [{include-group = \"b\"}]\n"
                                    "b = [{include-group = \"c\"}]\n"
                                    "c = [{include-group = \"A\"}]\n",
                                    "pyproject.toml");
  CHECK(errors(cycle) == "pyproject.toml:4:6: scan: include-group cycle: a -> b -> c -> a\n"
                         "  c = [{include-group = \"A\"}]\n"
                         "       ^\n"
                         "hint: a group may not include itself, directly or through others (PEP 735)\n");
}

TEST_CASE("pyproject: Poetry's main dependencies, optional ones, dev-dependencies and groups")
{
  const auto read = read_pyproject("[tool.poetry.dependencies]\n"
                                   "python = \"^3.11\"\n"
                                   "Django = \"^5.0\"\n"
                                   "psycopg = {version = \"^3\", extras = [\"Binary\"], optional = true}\n"
                                   "[tool.poetry.dev-dependencies]\n"
                                   "black = \"*\"\n"
                                   "[tool.poetry.group.test.dependencies]\n"
                                   "pytest-django = \"*\"\n",
                                   "pyproject.toml");
  CHECK(errors(read).empty());
  CHECK(test::dependency_summary(read) ==
        "django:declared@3:1 psycopg:optional@4:1 black:group:dev@6:1 pytest-django:group:test@8:1");
  REQUIRE(read.dependencies.size() == 4);
  CHECK(read.dependencies[1].extras == std::vector<std::string>{"binary"});
  CHECK(read.dependencies[0].text == "Django = \"^5.0\"");
}

TEST_CASE("pyproject: PDM, uv and Hatch development dependencies are groups")
{
  const auto read = read_pyproject("[tool.pdm.dev-dependencies]\n"
                                   "lint = [\"ruff\"]\n"
                                   "[tool.uv]\n"
                                   "dev-dependencies = [\"pytest\"]\n"
                                   "[tool.hatch.envs.docs]\n"
                                   "dependencies = [\"mkdocs\"]\n",
                                   "pyproject.toml");
  CHECK(errors(read).empty());
  CHECK(test::dependency_summary(read) == "ruff:group:lint@2:10 pytest:group:dev@4:22 mkdocs:group:hatch:docs@6:18");
}

TEST_CASE("pyproject: broken TOML and wrong types are errors at toml++'s position")
{
  const auto broken = read_pyproject("[project]\ndependencies = [\n  \"flask\"\n  \"fastapi\",\n]\n", "pyproject.toml");
  REQUIRE(broken.errors.size() == 1);
  CHECK(broken.errors[0].pos.line == 4);
  CHECK(broken.errors[0].message.starts_with("not valid TOML: "));
  CHECK(broken.dependencies.empty());

  const auto types = read_pyproject("[project]\ndependencies = \"flask\"\n", "pyproject.toml");
  CHECK(errors(types) == "pyproject.toml:2:16: scan: [project] dependencies must be an array of requirement strings\n"
                         "  dependencies = \"flask\"\n"
                         "                 ^\n");
  const auto bad_requirement = read_pyproject("[project]\ndependencies = [\"flask[\"]\n", "pyproject.toml");
  REQUIRE(bad_requirement.errors.size() == 1);
  CHECK(bad_requirement.errors[0].message == "'flask[': the extras list '[' is not closed with ']'");
}

TEST_CASE("TOML: a table header that starts with no key is an error, not a toml++ assertion")
{
  for (const char* text : {"[,x]\n", "[[,x]]\n", "[ ,[source]]\nurl = 1\n"}) {
    CAPTURE(text);
    const auto read = read_pyproject(text, "pyproject.toml");
    REQUIRE(read.errors.size() == 1);
    CHECK(read.errors[0].message.starts_with("not valid TOML: "));
  }
}

TEST_CASE("Pipfile: [packages] is declared, [dev-packages] and other categories are groups")
{
  const auto read =
    read_pipfile("[[source]]\nurl = \"https://pypi.org/simple\"\n"
                 "[packages]\nFlask = \"*\"\nflask-socketio = {version = \"*\", extras = [\"client\"]}\n"
                 "[dev-packages]\npytest = \"*\"\n"
                 "[requires]\npython_version = \"3.12\"\n",
                 "Pipfile");
  CHECK(errors(read).empty());
  CHECK(test::dependency_summary(read) ==
        "flask:declared@4:1 flask-socketio:declared@5:1 pytest:group:dev-packages@7:1");
}

TEST_CASE("poetry.lock and uv.lock: packages are lock entries, the project itself is not")
{
  const auto read = read_toml_lock("version = 1\n"
                                   "[[package]]\nname = \"Flask\"\nversion = \"3.0\"\n"
                                   "[[package]]\nname = \"me\"\nsource = { editable = \".\" }\n"
                                   "[[package]]\nname = \"asyncpg\"\n",
                                   "uv.lock");
  CHECK(errors(read).empty());
  CHECK(test::dependency_summary(read) == "flask:lock@3:8 asyncpg:lock@9:8");
}
