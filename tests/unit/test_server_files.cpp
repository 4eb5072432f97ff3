#include "helpers.hpp"

#include <framewise/scan/compose_file.hpp>
#include <framewise/scan/dockerfile.hpp>
#include <framewise/scan/gunicorn_conf.hpp>
#include <framewise/scan/python_script.hpp>
#include <framewise/scan/server_files.hpp>
#include <framewise/scan/service_files.hpp>

#include <fmt/format.h>

#include <string>

using framewise::scan::ServerFileKind;
using framewise::scan::ServerFileRead;

namespace {

// "line:column [word|word|...]" per command line.
std::string
commands(const ServerFileRead& read)
{
  std::string out;
  for (const auto& command : read.commands) {
    out += fmt::format("{}{}:{} [{}]", out.empty() ? "" : " ", command.pos.line, command.pos.column,
                       fmt::join(command.argv, "|"));
  }
  return out;
}

std::string
errors(const ServerFileRead& read)
{
  std::string out;
  for (const auto& error : read.errors) {
    out += framewise::report::render_diagnostic(error);
  }
  return out;
}

} // namespace

TEST_CASE("Dockerfile: exec form, shell form, and invalid JSON is shell form")
{
  auto read = framewise::scan::read_dockerfile("FROM python:3.12\nCMD [\"gunicorn\", \"app:app\"]\n", "Dockerfile");
  CHECK(commands(read) == "2:5 [gunicorn|app:app]");
  CHECK(read.commands[0].text == "CMD [\"gunicorn\", \"app:app\"]");
  read = framewise::scan::read_dockerfile("FROM x\ncmd gunicorn -k gevent app:app\n", "Dockerfile");
  CHECK(commands(read) == "2:5 [/bin/sh|-c|gunicorn -k gevent app:app]");
  // Single quotes are not JSON: Docker runs the text in a shell.
  read = framewise::scan::read_dockerfile("FROM x\nCMD ['uvicorn', 'main:app']\n", "Dockerfile");
  CHECK(commands(read) == "2:5 [/bin/sh|-c|['uvicorn', 'main:app']]");
  // A JSON array of non-strings is refused by Docker.
  read = framewise::scan::read_dockerfile("FROM x\nCMD [\"a\", 1]\n", "Dockerfile");
  CHECK(read.commands.empty());
  CHECK(errors(read).starts_with("Dockerfile:2:5: scan: CMD: the JSON array holds something other than strings"));
}

TEST_CASE("Dockerfile: a later CMD replaces an earlier one, the last stage counts, SHELL and WORKDIR")
{
  const auto read = framewise::scan::read_dockerfile("FROM python AS build\n"
                                                     "CMD [\"uvicorn\", \"main:app\"]\n"
                                                     "FROM python:3.12-slim\n"
                                                     "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                                                     "WORKDIR /srv\n"
                                                     "WORKDIR app\n"
                                                     "CMD gunicorn a:b\n"
                                                     "CMD gunicorn app:app\n",
                                                     "Dockerfile");
  CHECK(commands(read) == "8:5 [/bin/bash|-o|pipefail|-c|gunicorn app:app]");
  CHECK(read.commands[0].workdir == "/srv/app");
}

TEST_CASE("Dockerfile: FROM an earlier stage inherits its CMD; ENTRYPOINT resets an inherited CMD")
{
  auto read =
    framewise::scan::read_dockerfile("FROM python AS base\nCMD [\"uvicorn\", \"m:app\"]\nFROM base\n", "Dockerfile");
  CHECK(commands(read) == "2:5 [uvicorn|m:app]");
  read = framewise::scan::read_dockerfile(
    "FROM python AS base\nCMD [\"uvicorn\", \"m:app\"]\nFROM base\nENTRYPOINT [\"./run.sh\"]\n", "Dockerfile");
  CHECK(commands(read) == "4:12 [./run.sh]");
  read =
    framewise::scan::read_dockerfile("FROM x\nENTRYPOINT [\"/e.sh\"]\nCMD [\"gunicorn\", \"a:b\"]\n", "Dockerfile");
  REQUIRE(read.commands.size() == 1);
  CHECK(commands(read) == "2:12 [/e.sh|gunicorn|a:b]");
  CHECK(read.commands[0].tail_from == 1);
  CHECK(read.commands[0].tail_pos.line == 3);
  // A shell-form ENTRYPOINT ignores CMD.
  read = framewise::scan::read_dockerfile("FROM x\nENTRYPOINT uvicorn m:app\nCMD [\"gunicorn\"]\n", "Dockerfile");
  CHECK(commands(read) == "2:12 [/bin/sh|-c|uvicorn m:app]");
}

TEST_CASE("Dockerfile: continuations, comments inside them, the escape directive and heredocs")
{
  auto read = framewise::scan::read_dockerfile("FROM x\n"
                                               "CMD gunicorn \\\n"
                                               "# a comment inside the continuation\n"
                                               "\n"
                                               "    -k gevent \\  \n"
                                               "    app:app\n",
                                               "Dockerfile");
  CHECK(commands(read) == "2:5 [/bin/sh|-c|gunicorn     -k gevent     app:app]");
  CHECK(read.commands[0].text == "CMD gunicorn     -k gevent     app:app");
  read = framewise::scan::read_dockerfile("# escape=`\n"
                                          "FROM x\n"
                                          "CMD uvicorn `\n"
                                          "  main:app\n",
                                          "Dockerfile");
  CHECK(commands(read) == "3:5 [/bin/sh|-c|uvicorn   main:app]");
  // After an instruction (or a comment) a directive is a comment: \ stays the escape.
  read = framewise::scan::read_dockerfile("# a comment\n# escape=`\nFROM x\nCMD a \\\n b\n", "Dockerfile");
  CHECK(commands(read) == "4:5 [/bin/sh|-c|a  b]");
  read = framewise::scan::read_dockerfile("#escape=x\nFROM x\n", "Dockerfile");
  CHECK(errors(read).starts_with("Dockerfile:1:1: scan: invalid escape token 'x'"));
  read = framewise::scan::read_dockerfile("FROM x\nRUN <<EOF\nCMD not-an-instruction\nEOF\nCMD [\"daphne\", \"a:b\"]\n",
                                          "Dockerfile");
  CHECK(commands(read) == "5:5 [daphne|a:b]");
}

TEST_CASE("compose: string and list forms, entrypoint + command, positions, broken YAML")
{
  auto read = framewise::scan::read_compose_file("services:\n"
                                                 "  web:\n"
                                                 "    build: .\n"
                                                 "    command: gunicorn -k gevent app:app\n"
                                                 "  worker:\n"
                                                 "    command:\n"
                                                 "      - celery\n"
                                                 "      - worker\n"
                                                 "  api:\n"
                                                 "    entrypoint: [\"/e.sh\"]\n"
                                                 "    command: [\"uvicorn\", \"m:app\"]\n",
                                                 "compose.yaml");
  CHECK(commands(read) == "4:14 [/bin/sh|-c|gunicorn -k gevent app:app] 7:9 [celery|worker] "
                          "10:18 [/e.sh|uvicorn|m:app]");
  CHECK(read.commands[0].text == "command: gunicorn -k gevent app:app");
  CHECK(read.commands[1].text == "command: [\"celery\",\"worker\"]");
  CHECK(read.commands[2].tail_pos.line == 11);
  read = framewise::scan::read_compose_file("x-app: &app\n  command: uvicorn m:app\nservices:\n  web:\n    <<: *app\n",
                                            "compose.yaml");
  CHECK(commands(read) == "2:12 [/bin/sh|-c|uvicorn m:app]");
  // A merge key may list several mappings; the first that has the key wins.
  read = framewise::scan::read_compose_file("x-a: &a\n  image: x\nx-b: &b\n  command: daphne m:app\n"
                                            "x-c: &c\n  command: uvicorn m:app\n"
                                            "services:\n  web:\n    <<: [*a, *b, *c]\n",
                                            "compose.yaml");
  CHECK(commands(read) == "4:12 [/bin/sh|-c|daphne m:app]");
  // An anchor that merges itself is a cycle in yaml-cpp's graph: no command, no endless search.
  read =
    framewise::scan::read_compose_file("x-app: &app\n  <<: *app\nservices:\n  web:\n    <<: *app\n", "compose.yaml");
  CHECK(read.commands.empty());
  read = framewise::scan::read_compose_file("services:\n  web:\n    command: [a, b\n", "compose.yaml");
  CHECK(read.commands.empty());
  CHECK(errors(read).starts_with("compose.yaml:"));
  CHECK(errors(read).find("not valid YAML") != std::string::npos);
  read = framewise::scan::read_compose_file("- a\n- b\n", "compose.yaml");
  CHECK(errors(read).starts_with("compose.yaml:1:1: scan: a compose file is a mapping"));
}

TEST_CASE("Procfile: only the web process")
{
  const auto read = framewise::scan::read_procfile("release: python manage.py migrate\n"
                                                   "worker: celery -A proj worker\n"
                                                   "# web: a comment\n"
                                                   "web:   gunicorn app:app\n",
                                                   "Procfile");
  CHECK(commands(read) == "4:8 [/bin/sh|-c|gunicorn app:app]");
  CHECK(read.commands[0].text == "web:   gunicorn app:app");
}

TEST_CASE("systemd: ExecStart of [Service], continuations, prefixes, reset, errors")
{
  auto read = framewise::scan::read_systemd_unit("[Unit]\n"
                                                 "ExecStart=/not/a/service/key\n"
                                                 "[Service]\n"
                                                 "ExecStart=-/srv/venv/bin/gunicorn \\\n"
                                                 "# a comment\n"
                                                 "    -k uvicorn.workers.UvicornWorker app:app\n",
                                                 "app.service");
  CHECK(commands(read) == "4:11 [/srv/venv/bin/gunicorn|-k|uvicorn.workers.UvicornWorker|app:app]");
  CHECK(read.commands[0].text == "ExecStart=-/srv/venv/bin/gunicorn -k uvicorn.workers.UvicornWorker app:app");
  read = framewise::scan::read_systemd_unit("[Service]\nExecStart=@/usr/bin/uvicorn my-name m:app\n", "a.service");
  CHECK(commands(read) == "2:11 [/usr/bin/uvicorn|m:app]");
  read = framewise::scan::read_systemd_unit("[Service]\nExecStart=/a\nExecStart=\nExecStart=!!/b c\n", "a.service");
  CHECK(commands(read) == "4:11 [/b|c]");
  read = framewise::scan::read_systemd_unit("[Service\nnot a line\n", "a.service");
  CHECK(errors(read) == "a.service:1:1: scan: a section header without its closing ']'\n"
                        "  [Service\n"
                        "  ^\n"
                        "a.service:2:1: scan: not KEY=VALUE (systemd ignores the line)\n"
                        "  not a line\n"
                        "  ^\n");
}

TEST_CASE("supervisord: command= of [program:x], continued, inline comments")
{
  const auto read = framewise::scan::read_supervisord_conf("[supervisord]\n"
                                                           "command=not-a-program\n"
                                                           "[program:web]\n"
                                                           "command = /venv/bin/gunicorn  ; the web process\n"
                                                           "    -k gevent app:app\n"
                                                           "[program:worker]\n"
                                                           "command=celery worker\n",
                                                           "supervisord.conf");
  CHECK(commands(read) == "4:11 [/bin/sh|-c|/venv/bin/gunicorn -k gevent app:app] 7:9 [/bin/sh|-c|celery worker]");
}

TEST_CASE("uWSGI ini: an [uwsgi] section is a sync server")
{
  auto read = framewise::scan::read_uwsgi_ini("; comment\n[uwsgi]\nmodule = app:app\n", "uwsgi.ini");
  REQUIRE(read.servers.size() == 1);
  CHECK(read.servers[0].pos.line == 2);
  CHECK(read.servers[0].rule == "server-uwsgi");
  read = framewise::scan::read_uwsgi_ini("[other]\n", "app-uwsgi.ini");
  CHECK(read.servers.empty());
}

TEST_CASE("shell script: each simple command at its line; an unclosed quote is an error")
{
  auto read = framewise::scan::read_shell_script("#!/bin/sh\n"
                                                 "set -e\n"
                                                 "python manage.py migrate\n"
                                                 "exec gunicorn \\\n"
                                                 "  -k gevent app:app\n",
                                                 "entrypoint.sh");
  CHECK(commands(read) == "2:1 [set|-e] 3:1 [python|manage.py|migrate] 4:1 [exec|gunicorn|-k|gevent|app:app]");
  CHECK(read.commands[2].text == "exec gunicorn -k gevent app:app");
  read = framewise::scan::read_shell_script("echo ok\n  echo 'open\n", "run.sh");
  CHECK(errors(read).starts_with("run.sh:2:8: scan: a ' quote is not closed"));
}

TEST_CASE("python script: the servers it starts itself, through its imports")
{
  using framewise::scan::read_python_script;
  // Each call found, at its first token, as the command that starts the same server.
  auto read = read_python_script("import uvicorn\n"
                                 "if __name__ == '__main__':\n"
                                 "    uvicorn.run('main:app', workers=2)\n",
                                 "main.py");
  CHECK(commands(read) == "3:5 [uvicorn]");
  CHECK(read.commands[0].text == "uvicorn.run('main:app', workers=2)");
  // Aliases, from-imports (bracketed, several names), and an import after the call.
  CHECK(commands(read_python_script("def main():\n    uv.run(app)\nimport uvicorn as uv\n", "m.py")) ==
        "2:5 [uvicorn]");
  CHECK(commands(read_python_script("from uvicorn import run as serve_app\nserve_app(app)\n", "m.py")) ==
        "2:1 [uvicorn]");
  CHECK(commands(read_python_script("from hypercorn.asyncio import (\n    serve,\n)\nasyncio.run(serve(app, c))\n",
                                    "m.py")) == "4:13 [hypercorn]");
  CHECK(commands(read_python_script("import hypercorn.trio\ntrio.run(hypercorn.trio.serve, app, c)\n", "m.py"))
          .empty()); // passed, not called: trio calls it
  CHECK(commands(read_python_script("import os, waitress\nwaitress.serve(app, port=8080)\n", "m.py")) ==
        "2:1 [waitress-serve]");
  // A Flask app's run() is Werkzeug's development server; another object's run() is nothing.
  CHECK(commands(read_python_script("import flask\napp = flask.Flask(__name__)\napp.run()\n", "a.py")) ==
        "3:1 [flask|run]");
  CHECK(commands(read_python_script("from flask import Flask\napi = Flask(__name__)\nworker.run()\n"
                                    "asyncio.run(main())\n",
                                    "a.py"))
          .empty());
  // Names that are not imported, relative imports, definitions and `raise ... from` bind nothing.
  CHECK(commands(read_python_script("run(app)\nserve(app)\n", "m.py")).empty());
  CHECK(commands(read_python_script("from . import uvicorn\nfrom .uvicorn import run\nuvicorn.run(app)\n", "m.py"))
          .empty());
  CHECK(commands(read_python_script("import uvicorn\nclass uvicorn.run(x): pass\ndef run(): pass\n", "m.py")).empty());
  CHECK(
    commands(read_python_script("try:\n    x()\nexcept E as e:\n    raise F from uvicorn\nuvicorn.run(a)\n", "m.py"))
      .empty());
  // Lines are counted at '\n' only: a backslash before a lone '\r' starts no line.
  CHECK(commands(read_python_script("import uvicorn \\\r, os\nuvicorn.run(a)\n", "m.py")) == "2:1 [uvicorn]");
  CHECK(commands(read_python_script("import uvicorn \\\r\n, os\nuvicorn.run(a)\n", "m.py")) == "3:1 [uvicorn]");
  CHECK(errors(read_python_script("x = 1 \\\r\n'open\n", "m.py")).starts_with("m.py:2:1: scan:"));
  CHECK(errors(read_python_script("x = 1 \\\r'open\n", "m.py")).starts_with("m.py:1:"));
  // An unclosed string is an error at its place, and nothing is found.
  read = read_python_script("import uvicorn\nuvicorn.run('main:app)\n", "main.py");
  CHECK(read.commands.empty());
  CHECK(errors(read).starts_with("main.py:2:13: scan:"));
}

TEST_CASE("gunicorn.conf.py: the last module-level worker_class literal")
{
  auto config = framewise::scan::read_gunicorn_config("bind = '0.0.0.0:8000'\n"
                                                      "# worker_class = 'sync'\n"
                                                      "worker_class = 'gevent'\n"
                                                      "if DEBUG:\n"
                                                      "    worker_class = \"sync\"\n",
                                                      "gunicorn.conf.py");
  CHECK(config.found);
  CHECK(!config.computed);
  CHECK(config.worker_class == "gevent");
  CHECK(config.pos.line == 3);
  CHECK(config.text == "worker_class = 'gevent'");
  config = framewise::scan::read_gunicorn_config("worker_class = \"uvicorn.workers.UvicornWorker\"\n", "g.py");
  CHECK(config.worker_class == "uvicorn.workers.UvicornWorker");
  config = framewise::scan::read_gunicorn_config("import os\nworker_class = os.environ['WC']\n", "g.py");
  CHECK(config.found);
  CHECK(config.computed);
  config = framewise::scan::read_gunicorn_config("worker_class = f'{x}'\n", "g.py");
  CHECK(config.computed);
  config = framewise::scan::read_gunicorn_config("worker_class = 'a' + b\n", "g.py");
  CHECK(config.computed);
  config = framewise::scan::read_gunicorn_config("workers = 4\n", "g.py");
  CHECK(!config.found);
  config = framewise::scan::read_gunicorn_config("worker_class = 'x\n", "g.py");
  CHECK(!config.error.empty());
}

TEST_CASE("server files by name, and development ones")
{
  using framewise::scan::server_file_kind;
  CHECK(server_file_kind("Dockerfile") == ServerFileKind::dockerfile);
  CHECK(server_file_kind("deploy/Dockerfile.prod") == ServerFileKind::dockerfile);
  CHECK(server_file_kind("web.Dockerfile") == ServerFileKind::dockerfile);
  CHECK(server_file_kind("Containerfile") == ServerFileKind::dockerfile);
  CHECK(server_file_kind("compose.yaml") == ServerFileKind::compose);
  CHECK(server_file_kind("docker-compose.prod.yml") == ServerFileKind::compose);
  CHECK(server_file_kind("Procfile") == ServerFileKind::procfile);
  CHECK(server_file_kind("deploy/app.service") == ServerFileKind::systemd);
  CHECK(server_file_kind("supervisord.conf") == ServerFileKind::supervisord);
  CHECK(server_file_kind("etc/supervisor/conf.d/web.conf") == ServerFileKind::supervisord);
  CHECK(server_file_kind("nginx/conf.d/site.conf") == std::nullopt);
  CHECK(server_file_kind("uwsgi.ini") == ServerFileKind::uwsgi_ini);
  CHECK(server_file_kind("deploy/app_uwsgi.ini") == ServerFileKind::uwsgi_ini);
  CHECK(server_file_kind("setup.ini") == std::nullopt);
  CHECK(server_file_kind("compose.json") == std::nullopt);
  using framewise::scan::is_development_server_file;
  CHECK(is_development_server_file("Dockerfile.dev"));
  CHECK(is_development_server_file("docker-compose.test.yml"));
  CHECK(is_development_server_file(".devcontainer/Dockerfile"));
  CHECK(is_development_server_file("tests/Procfile"));
  CHECK(!is_development_server_file("Dockerfile"));
  CHECK(!is_development_server_file("deploy/docker-compose.prod.yml"));
}

TEST_CASE("Dockerfile: COPY and ADD of the last stage from the build context, for the scripts a command names")
{
  const auto read = framewise::scan::read_dockerfile("FROM node AS assets\n"
                                                     "COPY ./ui /ui\n"
                                                     "FROM python:3.12\n"
                                                     "WORKDIR /app/\n"
                                                     "COPY --chown=app:app ./compose/start /start\n"
                                                     "COPY ./scripts/ ./\n"
                                                     "COPY a.sh b.sh bin\n"
                                                     "COPY [\"with space.sh\", \"/srv/\"]\n"
                                                     "COPY --from=assets /ui /app/static\n"
                                                     "ADD https://example.com/x.sh /x.sh\n"
                                                     "COPY *.sh /wild/\n"
                                                     "COPY <<EOF /inline.sh\n"
                                                     "echo hi\n"
                                                     "EOF\n"
                                                     "CMD [\"/start\"]\n",
                                                     "Dockerfile");
  CHECK(read.image_workdir == "/app/");
  std::string copies;
  for (const auto& copy : read.image_copies) {
    copies += fmt::format("{}{}->{}{}", copies.empty() ? "" : " ", fmt::join(copy.sources, "+"), copy.destination,
                          copy.into_directory ? "/" : "");
  }
  // The first stage's COPY is not in the last stage; --from, URLs, wildcards and heredocs are not the context's.
  CHECK(copies == "./compose/start->/start ./scripts/->/app/ a.sh+b.sh->/app/bin/ with space.sh->/srv/");
}

TEST_CASE("compose: build as a context path or a mapping of context and dockerfile")
{
  const auto read = framewise::scan::read_compose_file("services:\n"
                                                       "  web:\n"
                                                       "    build:\n"
                                                       "      context: .\n"
                                                       "      dockerfile: ./compose/production/django/Dockerfile\n"
                                                       "    command: /start\n"
                                                       "  prestart:\n"
                                                       "    build: ./backend\n"
                                                       "    command: bash scripts/prestart.sh\n"
                                                       "  api:\n"
                                                       "    build:\n"
                                                       "      context: ./api\n"
                                                       "    command: uvicorn m:app\n"
                                                       "  db:\n"
                                                       "    image: postgres\n"
                                                       "    command: postgres -c fsync=off\n",
                                                       "compose.yaml");
  REQUIRE(read.commands.size() == 4);
  CHECK(read.commands[0].built);
  CHECK(read.commands[0].build_context == ".");
  CHECK(read.commands[0].build_dockerfile == "./compose/production/django/Dockerfile");
  CHECK(read.commands[1].build_context == "./backend");
  CHECK(read.commands[1].build_dockerfile == "Dockerfile");
  CHECK(read.commands[2].build_context == "./api");
  CHECK_FALSE(read.commands[3].built);
}

namespace {

// "NAME=value@line:column" for each variable the first command starts with.
std::string
environment_of(const ServerFileRead& read)
{
  std::string out;
  if (read.commands.empty()) {
    return "no command";
  }
  for (const auto& variable : read.commands.front().environment) {
    out += fmt::format("{}{}={}@{}:{}", out.empty() ? "" : " ", variable.name, variable.value, variable.pos.line,
                       variable.pos.column);
  }
  return out;
}

} // namespace

TEST_CASE("environment: Dockerfile ENV (both forms, inherited), compose environment, exported shell variables")
{
  auto read = framewise::scan::read_dockerfile("FROM python:3.12 AS base\n"
                                               "ENV A=1 GUNICORN_CMD_ARGS=\"-k gevent --bind :80\"\n"
                                               "ENV LEGACY \"quoted value\"\n"
                                               "FROM base\n"
                                               "ENV B=two\\ words \\\n"
                                               "    C=3\n"
                                               "CMD gunicorn app:app\n",
                                               "Dockerfile");
  CHECK(environment_of(read) ==
        "A=1@2:5 GUNICORN_CMD_ARGS=-k gevent --bind :80@2:9 LEGACY=quoted value@3:5 B=two words@5:5 C=3@6:5");
  CHECK(read.commands[0].environment[1].text == "ENV A=1 GUNICORN_CMD_ARGS=\"-k gevent --bind :80\"");
  CHECK(read.commands[0].environment[3].text == "ENV B=two\\ words"); // the line, not its continuation
  CHECK(read.commands[0].environment[4].text == "C=3");
  // A stage FROM an image, not an earlier stage, starts with no ENV of this file.
  read =
    framewise::scan::read_dockerfile("FROM python AS a\nENV A=1\nFROM python\nCMD gunicorn app:app\n", "Dockerfile");
  CHECK(environment_of(read).empty());
  // An unclosed quote in ENV sets nothing (Docker refuses the file).
  read = framewise::scan::read_dockerfile("FROM python\nENV A=\"1\nCMD gunicorn app:app\n", "Dockerfile");
  CHECK(environment_of(read).empty());

  read = framewise::scan::read_compose_file("services:\n"
                                            "  web:\n"
                                            "    command: gunicorn app:app\n"
                                            "    environment:\n"
                                            "      GUNICORN_CMD_ARGS: -k gevent\n"
                                            "      FROM_SHELL:\n"
                                            "      PORT: 8000\n",
                                            "compose.yaml");
  CHECK(environment_of(read) == "GUNICORN_CMD_ARGS=-k gevent@5:7 PORT=8000@7:7");
  CHECK(read.commands[0].environment[0].text == "GUNICORN_CMD_ARGS: -k gevent");
  read = framewise::scan::read_compose_file("services:\n"
                                            "  web:\n"
                                            "    command: gunicorn app:app\n"
                                            "    environment:\n"
                                            "      - GUNICORN_CMD_ARGS=-k eventlet\n"
                                            "      - NO_VALUE\n"
                                            "      - [nested]\n",
                                            "compose.yaml");
  CHECK(environment_of(read) == "GUNICORN_CMD_ARGS=-k eventlet@5:9");
  read =
    framewise::scan::read_compose_file("services:\n  web:\n    command: x\n    environment: oops\n", "compose.yaml");
  CHECK(environment_of(read).empty());

  read = framewise::scan::read_shell_script("#!/bin/sh\n"
                                            "export GUNICORN_CMD_ARGS='-k gevent' WORKERS=4\n"
                                            "MODE=prod\n"
                                            "echo ready\n"
                                            "exec gunicorn app:app\n",
                                            "start.sh");
  CHECK(commands(read) == "4:1 [echo|ready] 5:1 [exec|gunicorn|app:app]");
  CHECK(environment_of(read) == "GUNICORN_CMD_ARGS=-k gevent@2:1 WORKERS=4@2:1 MODE=prod@3:1");
}
