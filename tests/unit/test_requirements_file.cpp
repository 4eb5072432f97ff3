#include "helpers.hpp"

#include <framewise/scan/requirements_file.hpp>

#include <fmt/format.h>

#include <string>

using framewise::scan::IncludeKind;
using framewise::scan::parse_requirements_file;
using framewise::scan::Role;

namespace {

// "name@line:column" for each dependency, in order.
std::string
names(const framewise::scan::RequirementsFile& file)
{
  std::string out;
  for (const auto& dependency : file.read.dependencies) {
    // fmt, not string '+': GCC 12 flags the latter falsely (-Wrestrict).
    out +=
      fmt::format("{}{}@{}:{}", out.empty() ? "" : " ", dependency.name, dependency.pos.line, dependency.pos.column);
  }
  return out;
}

std::string
errors(const framewise::scan::RequirementsFile& file)
{
  std::string out;
  for (const auto& error : file.read.errors) {
    out += framewise::report::render_diagnostic(error);
  }
  return out;
}

} // namespace

TEST_CASE("requirements: names are PEP 503-normalised, with extras, markers and versions read past")
{
  const auto file = parse_requirements_file("Flask_SQLAlchemy==3.1\n"
                                            "uvicorn[standard]==0.30; python_version>=\"3.9\"\n"
                                            "  fastapi [all, Dev.Extra] >=0.110 ; sys_platform != 'win32'\n"
                                            "zope.interface\n",
                                            "requirements.txt");
  CHECK(errors(file).empty());
  CHECK(names(file) == "flask-sqlalchemy@1:1 uvicorn@2:1 fastapi@3:3 zope-interface@4:1");
  REQUIRE(file.read.dependencies.size() == 4);
  CHECK(file.read.dependencies[1].extras == std::vector<std::string>{"standard"});
  CHECK(file.read.dependencies[2].extras == std::vector<std::string>{"all", "dev-extra"});
  CHECK(file.read.dependencies[1].text == "uvicorn[standard]==0.30; python_version>=\"3.9\"");
  CHECK(file.read.dependencies[0].role == Role::declared);
}

TEST_CASE("requirements: '#' starts a comment only at the start of a line or after whitespace")
{
  const auto file = parse_requirements_file("# a comment line\n"
                                            "flask==3.0 # trailing comment\n"
                                            "git+https://example.com/repo.git#egg=Flask_Admin\n"
                                            "   # indented comment\n",
                                            "requirements.txt");
  CHECK(errors(file).empty());
  CHECK(names(file) == "flask@2:1 flask-admin@3:38");
}

TEST_CASE("requirements: a trailing backslash joins lines before comments are stripped; a comment line ends the join")
{
  const auto file = parse_requirements_file("celery[redis] \\\n"
                                            "    >= 5.3 \\\n"
                                            "    ; python_version >= '3.10'\n"
                                            "anyio==4.3.0 \\\n"
                                            "    --hash=sha256:aaaa \\\n"
                                            "# the comment ends the block\n"
                                            "redis==5.0\n"
                                            "fla\\\n"
                                            "sk\n",
                                            "requirements.txt");
  CHECK(errors(file).empty());
  // flask is joined from "fla" + "sk": its position is where its first part is.
  CHECK(names(file) == "celery@1:1 anyio@4:1 redis@7:1 flask@8:1");
}

TEST_CASE("requirements: --hash and other per-requirement options are not part of the requirement")
{
  const auto file = parse_requirements_file("fastapi==0.110.2 --hash=sha256:1f2b --hash sha256:2e3c\n", "r.txt");
  CHECK(errors(file).empty());
  REQUIRE(file.read.dependencies.size() == 1);
  CHECK(file.read.dependencies[0].text == "fastapi==0.110.2");
}

TEST_CASE("requirements: -r and -c in every spelling, relative targets kept as written")
{
  const auto file = parse_requirements_file("-r base.txt\n"
                                            "--requirement other.txt\n"
                                            "-rjoined.txt\n"
                                            "--requirement=equals.txt\n"
                                            "-c pins.txt\n"
                                            "--constraint=more-pins.txt\n"
                                            "-cshort.txt\n",
                                            "requirements.txt");
  CHECK(errors(file).empty());
  REQUIRE(file.includes.size() == 7);
  const std::vector<std::string> targets = {"base.txt", "other.txt",     "joined.txt", "equals.txt",
                                            "pins.txt", "more-pins.txt", "short.txt"};
  for (std::size_t i = 0; i < targets.size(); ++i) {
    CHECK(file.includes[i].target == targets[i]);
    CHECK(file.includes[i].kind == (i < 4 ? IncludeKind::requirement : IncludeKind::constraint));
    CHECK(file.includes[i].pos.line == i + 1);
  }
}

TEST_CASE("requirements: -e and URL lines are named by #egg=; without it they are noted, not guessed")
{
  const auto file = parse_requirements_file(
    "-e git+https://github.com/example/flask-admin.git@v2#egg=flask-admin\n"
    "git+https://${GITHUB_TOKEN}@github.com/example/auth.git#subdirectory=src&egg=internal_auth[x]\n"
    "starlette @ https://example.com/starlette.zip\n"
    "./vendor/thing-1.0-py3-none-any.whl\n"
    "-e .\n"
    "--index-url https://pypi.example.com/simple\n"
    "--no-index\n",
    "requirements.txt");
  CHECK(errors(file).empty());
  CHECK(names(file) == "flask-admin@1:58 internal-auth@2:78 starlette@3:1");
  REQUIRE(file.read.dependencies.size() == 3);
  CHECK(file.read.dependencies[1].extras == std::vector<std::string>{"x"});
  // The wheel; "." is a project directory, whose own manifests the walk reads.
  REQUIRE(file.read.notes.size() == 1);
  CHECK(file.read.notes[0].starts_with("requirements.txt:4:1: './vendor/thing-1.0-py3-none-any.whl' is a URL or path"));
}

TEST_CASE("requirements: pip-compile output is a lock, except what '# via -r' says was asked for")
{
  const auto file = parse_requirements_file("#\n"
                                            "# This file is autogenerated by pip-compile with Python 3.12\n"
                                            "anyio==4.3.0\n"
                                            "    # via starlette\n"
                                            "fastapi==0.110 \\\n"
                                            "    --hash=sha256:abcd\n"
                                            "    # via -r requirements.in\n"
                                            "aiosqlite==0.20\n"
                                            "    # via\n"
                                            "    #   -r requirements.in\n"
                                            "    #   databases\n"
                                            "websockets==12.0  # via uvicorn\n"
                                            "redis==5.0  # via -r requirements.in\n"
                                            "click==7.1.2  # via flask, -r requirements.in\n"
                                            "itsdangerous==2.0  # via flask\n",
                                            "requirements.txt");
  CHECK(errors(file).empty());
  REQUIRE(file.read.dependencies.size() == 7);
  CHECK(file.read.dependencies[5].role == Role::declared); // older pip-compile: sources on one line
  CHECK(file.read.dependencies[6].role == Role::lock);
  CHECK(file.read.dependencies[0].role == Role::lock);
  CHECK(file.read.dependencies[1].role == Role::declared);
  CHECK(file.read.dependencies[2].role == Role::declared);
  CHECK(file.read.dependencies[3].role == Role::lock);
  CHECK(file.read.dependencies[4].role == Role::declared);
}

TEST_CASE("requirements: what is not a requirement is an error at its line and column")
{
  const auto file = parse_requirements_file("flask==3\n"
                                            "fastapi[all\n"
                                            "   ==1.0\n"
                                            "--frobnicate\n"
                                            "-r\n",
                                            "requirements.txt");
  CHECK(errors(file) == "requirements.txt:2:8: scan: the extras list '[' is not closed with ']'\n"
                        "  fastapi[all\n"
                        "         ^\n"
                        "hint: a requirement is a PEP 508 name with optional [extras], version and ; markers, e.g. "
                        "flask>=3.0\n"
                        "requirements.txt:3:4: scan: expected a package name\n"
                        "     ==1.0\n"
                        "     ^\n"
                        "hint: a requirement is a PEP 508 name with optional [extras], version and ; markers, e.g. "
                        "flask>=3.0\n"
                        "requirements.txt:4:1: scan: unknown pip option '--frobnicate'\n"
                        "  --frobnicate\n"
                        "  ^\n"
                        "hint: pip's requirements file format allows -r, -c, -e, -i, --extra-index-url, -f, --hash "
                        "and a few more\n"
                        "requirements.txt:5:1: scan: option '-r' needs a value\n"
                        "  -r\n"
                        "  ^\n");
  CHECK(names(file) == "flask@1:1");
}

TEST_CASE("requirements: a long continuation chain costs linear time")
{
  // 200,000 continued lines: joining by re-copying would be quadratic.
  std::string text;
  for (int i = 0; i < 200000; ++i) {
    text += "x\\\n";
  }
  text += "==1\n";
  const auto file = parse_requirements_file(text, "requirements.txt");
  REQUIRE(file.read.dependencies.size() == 1);
  CHECK(file.read.dependencies[0].name.size() == 200000);
}

TEST_CASE("requirements: CRLF line ends and a missing final newline")
{
  const auto file = parse_requirements_file("flask==3\r\ndjango==5", "requirements.txt");
  CHECK(errors(file).empty());
  CHECK(names(file) == "flask@1:1 django@2:1");
}
