#include "helpers.hpp"

#include <framewise/scan/compose_file.hpp>
#include <framewise/scan/walk.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using framewise::scan::read_repository;
using framewise::scan::RepositoryRead;
using framewise::scan::Role;

namespace {

const std::string k_fixtures = std::string(FRAMEWISE_SOURCE_DIR) + "/tests/fixtures/scan/";

RepositoryRead
scan_fixture(const std::string& name, std::vector<std::string> excludes = {})
{
  std::string error;
  auto read = read_repository(k_fixtures + name, {std::move(excludes)}, error);
  REQUIRE(error.empty());
  return read;
}

// The files read, relative to the fixture.
std::vector<std::string>
files(const RepositoryRead& read, const std::string& name)
{
  std::vector<std::string> out;
  for (const auto& file : read.files) {
    out.push_back(file.substr((k_fixtures + name + "/").size()));
  }
  return out;
}

std::string
summary(const RepositoryRead& read)
{
  std::string out;
  for (const auto& dependency : read.dependencies) {
    // fmt, not string '+': GCC 12 flags the latter falsely (-Wrestrict).
    out += fmt::format("{}{}:{}", out.empty() ? "" : " ", dependency.name, framewise::scan::to_string(dependency.role));
    if (!dependency.via.empty()) {
      out += fmt::format("<{}", dependency.via.size());
    }
  }
  return out;
}

// "server:workers@file:line<via" for each server, file by its name only;
// "~" before '@' for one in a development file, which only confirms.
std::string
servers_of(const RepositoryRead& read)
{
  std::string out;
  for (const auto& server : read.servers) {
    out += fmt::format("{}{}:{}{}@{}:{}<{}", out.empty() ? "" : " ", server.server,
                       framewise::scan::to_string(server.workers), server.counted ? "" : "~",
                       std::filesystem::path(server.pos.file).filename().string(), server.pos.line, server.via.size());
  }
  return out;
}

// A scratch directory, removed at the end of the test.
struct Scratch
{
  std::filesystem::path path;
  Scratch()
  {
    char pattern[] = "/tmp/framewise-walk-XXXXXX";
    path = ::mkdtemp(pattern);
  }
  ~Scratch()
  {
    std::error_code error;
    std::filesystem::remove_all(path, error);
  }
  void
  write(const std::string& relative, const std::string& text) const
  {
    std::filesystem::create_directories((path / relative).parent_path());
    std::ofstream(path / relative) << text;
  }
};

} // namespace

TEST_CASE("walk: virtualenvs, node_modules and site-packages are never entered")
{
  const auto venv = scan_fixture("venv-inside");
  CHECK(files(venv, "venv-inside") == std::vector<std::string>{"requirements.txt"});
  const auto monorepo = scan_fixture("monorepo");
  CHECK(files(monorepo, "monorepo") == std::vector<std::string>{"backend/requirements.txt"});
}

TEST_CASE("walk: -r chains are followed relative to the including file, -c makes constraints")
{
  const auto read = scan_fixture("nested-r");
  CHECK(read.errors.empty());
  // requirements.txt -> requirements/production.txt -> base.txt -> ../shared/libs.txt,
  // and -c constraints.txt. Every file under requirements/ is read as a root
  // too, which gives the shorter chain kept; dev.txt's own lines are a group,
  // and a file named like a constraints file declares nothing even as a root.
  CHECK(summary(read) == "gunicorn:declared flask:declared redis:declared<1 django:constraint asyncpg:constraint "
                         "pytest:group");
  const auto redis = std::find_if(read.dependencies.begin(), read.dependencies.end(),
                                  [](const auto& dependency) { return dependency.name == "redis"; });
  REQUIRE(redis != read.dependencies.end());
  CHECK(redis->via == std::vector<std::string>{k_fixtures + "nested-r/requirements/base.txt:1"});
  CHECK(redis->pos.file == k_fixtures + "nested-r/shared/libs.txt");
}

TEST_CASE("walk: an include cycle is refused once per include line, with the chain")
{
  const auto read = scan_fixture("cyclic-r");
  const std::string extra = k_fixtures + "cyclic-r/requirements-extra.txt";
  const std::string main = k_fixtures + "cyclic-r/requirements.txt";
  REQUIRE(read.errors.size() == 2);
  CHECK(read.errors[0].message ==
        "-r requirements-extra.txt makes an include cycle: " + extra + " -> " + main + " -> " + extra);
  CHECK(read.errors[0].pos.file == main);
  CHECK(read.errors[0].pos.line == 2);
  CHECK(read.errors[1].message ==
        "-r requirements.txt makes an include cycle: " + main + " -> " + extra + " -> " + main);
  CHECK(summary(read) == "celery:declared fastapi:declared");
}

TEST_CASE("walk: .gitignore files are honoured in a git work tree, with negation and nesting")
{
  const Scratch scratch;
  std::filesystem::create_directories(scratch.path / ".git");
  scratch.write(".gitignore", "generated/\n*.txt\n!requirements*.txt\n");
  scratch.write("requirements.txt", "flask\n");
  scratch.write("generated/requirements.txt", "django\n");
  scratch.write("old/.gitignore", "requirements-old.txt\n");
  scratch.write("old/requirements-old.txt", "fastapi\n");
  scratch.write("old/requirements.txt", "celery\n");
  scratch.write("skipme/requirements.txt", "rq\n");
  std::string error;
  const auto read = read_repository(scratch.path.string(), {{"skipme"}}, error);
  REQUIRE(error.empty());
  CHECK(read.git_work_tree);
  CHECK(summary(read) == "flask:declared celery:declared");

  // Not a work tree: .gitignore means nothing.
  std::filesystem::remove_all(scratch.path / ".git");
  const auto plain = read_repository(scratch.path.string(), {}, error);
  CHECK_FALSE(plain.git_work_tree);
  CHECK(plain.files.size() == 5);
}

TEST_CASE("walk: a DIR inside a work tree gets the .gitignore files above it")
{
  const Scratch scratch;
  std::filesystem::create_directories(scratch.path / ".git");
  scratch.write(".gitignore", "backend/vendor/\n");
  scratch.write("backend/requirements.txt", "django\n");
  scratch.write("backend/vendor/requirements.txt", "flask\n");
  std::string error;
  const auto read = read_repository((scratch.path / "backend").string(), {}, error);
  CHECK(summary(read) == "django:declared");
}

TEST_CASE("walk: symlinks out of DIR are not followed; broken files are errors, not skipped silently")
{
  const Scratch scratch;
  scratch.write("outside/requirements.txt", "django\n");
  scratch.write("repo/pyproject.toml", "[project\n");
  scratch.write("repo/requirements.txt", "-r ../outside/requirements.txt\nflask\n");
  std::filesystem::create_directory_symlink(scratch.path / "outside", scratch.path / "repo" / "linked");
  std::filesystem::create_symlink(scratch.path / "outside" / "requirements.txt",
                                  scratch.path / "repo" / "requirements-link.txt");
  std::string error;
  const auto read = read_repository((scratch.path / "repo").string(), {}, error);
  CHECK(summary(read) == "flask:declared");
  REQUIRE(read.errors.size() == 1);
  CHECK(read.errors[0].pos.file.ends_with("repo/pyproject.toml"));
  CHECK(read.errors[0].pos.line == 1);
  CHECK(read.notes.size() == 2); // the symlinked file and the -r outside
}

TEST_CASE("walk: a file over the size limit or not UTF-8 is an error")
{
  const Scratch scratch;
  scratch.write("requirements.txt", std::string(1024 * 1024 + 1, '#'));
  scratch.write("requirements-b.txt", "flask\n\xff\n");
  std::string error;
  const auto read = read_repository(scratch.path.string(), {}, error);
  REQUIRE(read.errors.size() == 2);
  CHECK(read.errors[0].message == "not UTF-8 text (a binary file, or another encoding)");
  CHECK(read.errors[0].pos.line == 2);
  CHECK(read.errors[1].message == "cannot read: larger than 1048576 bytes, not read");
}

TEST_CASE("walk: manifests under tests/, docs/ and examples/ are groups, named after their file")
{
  const Scratch scratch;
  scratch.write("requirements.txt", "flask\n");
  scratch.write("examples/django_app/requirements.txt", "django\n");
  scratch.write("tests/settings.py", "INSTALLED_APPS = ['django.contrib.admin']\n");
  scratch.write("docs/pyproject.toml", "[project]\nname = 'd'\ndependencies = ['fastapi']\n");
  std::string error;
  const auto read = read_repository(scratch.path.string(), {}, error);
  CHECK(summary(read) == "flask:declared fastapi:group django:group django.contrib.admin:installed-app");
  REQUIRE(read.dependencies.size() == 4);
  CHECK(read.dependencies[1].group == (scratch.path / "docs/pyproject.toml").string());
  CHECK(read.dependencies[3].group == (scratch.path / "tests/settings.py").string());
}

TEST_CASE("walk: DIR must be a directory")
{
  std::string error;
  read_repository("/nonexistent/framewise", {}, error);
  CHECK(error == "no such directory");
}

TEST_CASE("walk: a compose command runs in the image its build: makes, where COPY put the scripts it names")
{
  const Scratch scratch;
  // cookiecutter-django's layout: the image is built from DIR's root with a
  // Dockerfile deep under compose/, which copies the start script to /start.
  scratch.write("docker-compose.production.yml", "services:\n"
                                                 "  django:\n"
                                                 "    build:\n"
                                                 "      context: .\n"
                                                 "      dockerfile: ./compose/production/django/Dockerfile\n"
                                                 "    command: /start\n"
                                                 "  prestart:\n"
                                                 "    build:\n"
                                                 "      context: ./backend\n"
                                                 "    command: bash scripts/prestart.sh\n");
  scratch.write("compose/production/django/Dockerfile", "FROM python:3.12\n"
                                                        "COPY ./compose/production/django/start /start\n"
                                                        "WORKDIR /app\n"
                                                        "COPY . ${APP_HOME}\n");
  scratch.write("compose/production/django/start",
                "#!/bin/bash\nexec gunicorn config.asgi -k uvicorn_worker.UvicornWorker\n");
  // The FastAPI template's: a relative script under WORKDIR, copied from the context's scripts/.
  scratch.write("backend/Dockerfile", "FROM python:3.10\n"
                                      "WORKDIR /app/\n"
                                      "COPY ./scripts/ /app/\n"
                                      "COPY ./scripts /app/scripts\n"
                                      "CMD [\"fastapi\", \"run\", \"--workers\", \"4\", \"app/main.py\"]\n");
  scratch.write("backend/scripts/prestart.sh", "#!/bin/bash\npython app/backend_pre_start.py\n");
  std::string error;
  const auto read = read_repository(scratch.path.string(), {}, error);
  REQUIRE(error.empty());
  CHECK(read.errors.empty());
  CHECK(read.notes.empty());
  CHECK(servers_of(read) == "gunicorn:async@start:2<1 fastapi:async@Dockerfile:5<0");
  const auto& files = read.files;
  CHECK(std::count_if(files.begin(), files.end(),
                      [](const std::string& file) { return file.ends_with("backend/scripts/prestart.sh"); }) == 1);
}

TEST_CASE("walk: python SCRIPT.py is read for the server it starts")
{
  const Scratch scratch;
  scratch.write("api/Dockerfile", "FROM python:3.12\nWORKDIR /srv\nCOPY . .\nCMD [\"python\", \"main.py\"]\n");
  scratch.write("api/main.py", "import uvicorn\n\nif __name__ == '__main__':\n    uvicorn.run('main:app')\n");
  // With a server found, the other processes running scripts are workers: no note.
  scratch.write("compose.yaml", "services:\n  worker:\n    command: python worker.py\n");
  scratch.write("worker.py", "print('no server here')\n");
  std::string error;
  const auto read = read_repository(scratch.path.string(), {}, error);
  REQUIRE(error.empty());
  CHECK(read.errors.empty());
  CHECK(read.notes.empty());
  CHECK(servers_of(read) == "uvicorn:async@main.py:4<1");
  REQUIRE(read.servers.size() == 1);
  CHECK(read.servers[0].pos.file.ends_with("api/main.py"));
  CHECK(read.servers[0].via[0].ends_with("api/Dockerfile:4"));
}

TEST_CASE("walk: with no server found, a Python script that starts none, or is missing, is a note")
{
  const Scratch scratch;
  scratch.write("tool/Procfile", "web: python serve.py\n");
  scratch.write("tool/serve.py", "print('no server here')\n");
  scratch.write("gone/Procfile", "web: python missing.py --port 80\n");
  // Inside an entrypoint script a Python script is a task before the server: no note.
  scratch.write("job/Procfile", "web: ./start.sh\n");
  scratch.write("job/start.sh", "#!/bin/sh\npython prestart.py\n");
  std::string error;
  const auto read = read_repository(scratch.path.string(), {}, error);
  REQUIRE(error.empty());
  CHECK(read.errors.empty());
  CHECK(read.servers.empty());
  std::string notes;
  for (const auto& note : read.notes) {
    notes += note + "\n";
  }
  CHECK(notes.find("runs serve.py, which starts no server scan knows") != std::string::npos);
  CHECK(notes.find("runs missing.py, which is not a file in the scanned directory") != std::string::npos);
  CHECK(notes.find("prestart.py") == std::string::npos);
  CHECK(read.notes.size() == 2);
}

TEST_CASE("walk: python -m MODULE is the project's app/module.py or package's __main__.py; an installed one is silent")
{
  const Scratch scratch;
  scratch.write("one/Procfile", "web: python -m app.server\nworker: python -m celery -A app worker\n");
  scratch.write("one/app/server.py", "from waitress import serve\nserve(application, port=8080)\n");
  scratch.write("two/Procfile", "web: python3 -u -m service --port 80\n");
  scratch.write("two/service/__main__.py", "from hypercorn.asyncio import serve\nasyncio.run(serve(app, config))\n");
  std::string error;
  const auto read = read_repository(scratch.path.string(), {}, error);
  REQUIRE(error.empty());
  CHECK(read.errors.empty());
  CHECK(read.notes.empty());
  CHECK(servers_of(read) == "waitress:sync@server.py:2<1 hypercorn:async@__main__.py:2<1");
}

TEST_CASE("walk: a YAML file at DIR's root is a compose file only if its text reads as one")
{
  const Scratch scratch;
  // Old cookiecutter-django: production.yml and local.yml.
  scratch.write("production.yml", "version: '3'\n"
                                  "services:  # the stack\n"
                                  "  django:\n"
                                  "    build:\n"
                                  "      context: .\n"
                                  "      dockerfile: ./compose/production/django/Dockerfile\n"
                                  "    command: /start\n");
  scratch.write("local.yml", "services:\n  django:\n    command: python manage.py runserver 0.0.0.0:8000\n");
  scratch.write("compose/production/django/Dockerfile",
                "FROM python:3.12\nCOPY ./compose/production/django/start /start\n");
  scratch.write("compose/production/django/start",
                "#!/bin/bash\nexec gunicorn config.asgi -k uvicorn.workers.UvicornWorker\n");
  // No compose files: a CI file with services as a list, one that is not YAML,
  // one with no services, one named .gitlab-ci.yml (hidden), one below the root.
  scratch.write("ci.yml", "services:\n  - postgres:16\njob:\n  script: [gunicorn app:app]\n");
  scratch.write("broken.yaml", "services:\n  web:\n    command: [gunicorn, app:app\n");
  scratch.write("mkdocs.yml", "site_name: x\nnav:\n  - services: services.md\n");
  scratch.write(".gitlab-ci.yml", "services:\n  web:\n    command: uvicorn m:app\n");
  scratch.write("deploy/stack.yml", "services:\n  web:\n    command: uvicorn m:app\n");
  scratch.write("binary.yml", std::string("services:\n  web:\n    command: uvicorn m:app\n\xff\n"));
  std::string error;
  const auto read = read_repository(scratch.path.string(), {}, error);
  REQUIRE(error.empty());
  CHECK(read.errors.empty());
  CHECK(servers_of(read) == "runserver:development~@local.yml:3<0 gunicorn:async@start:2<1");
  const auto& files = read.files;
  CHECK(std::count_if(files.begin(), files.end(),
                      [](const std::string& file) { return file.ends_with(".yml") || file.ends_with(".yaml"); }) == 2);
}

TEST_CASE("compose: a file by another name looks like one when `services:` starts a line, alone")
{
  using framewise::scan::looks_like_compose;
  CHECK(looks_like_compose("services:\n"));
  CHECK(looks_like_compose("version: '3'\nservices:   \n  web: {}\n"));
  CHECK(looks_like_compose("services: # ours\n"));
  CHECK(looks_like_compose("x: 1\r\nservices:\r\n"));
  CHECK_FALSE(looks_like_compose(" services:\n"));
  CHECK_FALSE(looks_like_compose("services: [a]\n"));
  CHECK_FALSE(looks_like_compose("servicesx:\n"));
  CHECK_FALSE(looks_like_compose("# services:\n"));
  CHECK_FALSE(looks_like_compose(""));
}

TEST_CASE("walk: a compose command built from a Dockerfile starts with its ENV, the service's environment over it")
{
  const Scratch scratch;
  scratch.write("compose.yaml", "services:\n"
                                "  web:\n"
                                "    build: ./api\n"
                                "    command: gunicorn main:app\n"
                                "  admin:\n"
                                "    build: ./api\n"
                                "    command: gunicorn admin:app\n"
                                "    environment:\n"
                                "      GUNICORN_CMD_ARGS: --threads 4 -k gthread\n");
  scratch.write("api/Dockerfile", "FROM python:3.12\n"
                                  "ENV GUNICORN_CMD_ARGS=\"-k uvicorn.workers.UvicornWorker\"\n"
                                  "CMD [\"python\", \"-m\", \"http.server\"]\n");
  std::string error;
  const auto read = read_repository(scratch.path.string(), {}, error);
  REQUIRE(error.empty());
  CHECK(read.errors.empty());
  // web by the image's ENV (placed there, via its command), admin by its own environment.
  CHECK(servers_of(read) == "gunicorn:async@Dockerfile:2<1 gunicorn:sync@compose.yaml:9<1");
  REQUIRE(read.servers.size() == 2);
  CHECK(read.servers[0].via[0].ends_with("compose.yaml:4"));
}
