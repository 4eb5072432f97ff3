#include "helpers.hpp"

#include <framewise/scan/server_command.hpp>
#include <framewise/scan/shell_words.hpp>

#include <fmt/format.h>

#include <string>

using framewise::scan::CommandFinding;
using framewise::scan::CommandLine;
using framewise::scan::find_servers;
using framewise::scan::split_shell;

namespace {

// "server:workers:rule" for each server, "script:PATH" for each script,
// "python:PATH" for each Python script.
std::string
found(std::vector<std::string> argv)
{
  CommandLine line;
  line.argv = std::move(argv);
  line.text = "x";
  line.pos = {"f", 1, 1};
  std::string out;
  for (const auto& finding : find_servers(line)) {
    out += out.empty() ? "" : " ";
    if (finding.kind == CommandFinding::Kind::script) {
      out += "script:" + finding.script;
    } else if (finding.kind == CommandFinding::Kind::python_script) {
      out += fmt::format("python:{}@{}", finding.script, finding.rest_from);
    } else {
      out += fmt::format("{}:{}:{}", finding.server.server, to_string(finding.server.workers), finding.server.rule);
      if (finding.needs_gunicorn_config) {
        out += "+conf" + (finding.gunicorn_config.empty() ? "" : "=" + finding.gunicorn_config);
      }
    }
  }
  return out;
}

std::string
in_shell(std::string command)
{
  return found({"/bin/sh", "-c", std::move(command)});
}

} // namespace

TEST_CASE("shell words: quotes, escapes, comments, operators and redirections")
{
  const auto split = split_shell("FOO='a b' exec gunicorn \"-k\" uvicorn.workers.\\\n"
                                 "UvicornWorker app:app 2>&1 > /dev/null # a comment\n"
                                 "echo \"a \\\"q\\\" \\$x\" && b; c | d");
  REQUIRE(split.error.empty());
  REQUIRE(split.commands.size() == 5);
  CHECK(split.commands[0].words ==
        std::vector<std::string>{"FOO=a b", "exec", "gunicorn", "-k", "uvicorn.workers.UvicornWorker", "app:app"});
  CHECK(split.commands[1].words == std::vector<std::string>{"echo", "a \"q\" $x"});
  CHECK(split.commands[2].words == std::vector<std::string>{"b"});
  CHECK(split.commands[3].words == std::vector<std::string>{"c"});
  CHECK(split.commands[4].words == std::vector<std::string>{"d"});
  CHECK(split.commands[0].offset == 0);
  CHECK(split_shell("a 'b").error == "a ' quote is not closed");
  CHECK(split_shell("a \"b").error_offset == 2);
}

TEST_CASE("gunicorn: every spelling of the worker class, and the default")
{
  CHECK(found({"gunicorn", "app:app"}) == "gunicorn:sync:server-gunicorn-sync+conf");
  CHECK(found({"gunicorn", "-k", "uvicorn.workers.UvicornWorker", "app:app"}) ==
        "gunicorn:async:server-gunicorn-uvicorn-worker");
  CHECK(found({"gunicorn", "-kgevent", "app:app"}) == "gunicorn:async:server-gunicorn-gevent");
  CHECK(found({"gunicorn", "--worker-class", "eventlet"}) == "gunicorn:async:server-gunicorn-eventlet");
  CHECK(found({"gunicorn", "--worker-class=gthread", "--threads", "4"}) == "gunicorn:sync:server-gunicorn-gthread");
  CHECK(found({"gunicorn", "-k", "uvicorn_worker.UvicornH11Worker"}) ==
        "gunicorn:async:server-gunicorn-uvicorn-worker");
  CHECK(found({"gunicorn", "-k", "gunicorn.workers.ggevent.GeventWorker"}) == "gunicorn:async:server-gunicorn-gevent");
  CHECK(found({"gunicorn", "-k", "egg:gunicorn#sync"}) == "gunicorn:sync:server-gunicorn-sync");
  // The last -k wins, as argparse does.
  CHECK(found({"gunicorn", "-k", "gevent", "-k", "sync"}) == "gunicorn:sync:server-gunicorn-sync");
  CHECK(found({"gunicorn", "-k", "$WORKER_CLASS"}) == "gunicorn:unknown:server-gunicorn-unknown-class");
  CHECK(found({"gunicorn", "-k", "tornado"}) == "gunicorn:unknown:server-gunicorn-unknown-class");
  CHECK(found({"gunicorn", "-c", "deploy/gunicorn.py", "app:app"}) ==
        "gunicorn:sync:server-gunicorn-sync+conf=deploy/gunicorn.py");
  CHECK(found({"gunicorn", "--config=python:app.conf"}) == "gunicorn:sync:server-gunicorn-sync+conf=python:app.conf");
}

TEST_CASE("wrappers, runners and shells are looked through")
{
  CHECK(found({"python", "-m", "gunicorn", "app:app"}) == "gunicorn:sync:server-gunicorn-sync+conf");
  CHECK(found({"/usr/local/bin/python3.12", "-u", "-m", "uvicorn", "main:app"}) == "uvicorn:async:server-uvicorn");
  CHECK(found({"poetry", "run", "gunicorn", "-k", "gevent"}) == "gunicorn:async:server-gunicorn-gevent");
  CHECK(found({"uv", "run", "--frozen", "--no-dev", "hypercorn", "app:app"}) == "hypercorn:async:server-hypercorn");
  CHECK(found({"pipenv", "run", "daphne", "proj.asgi:application"}) == "daphne:async:server-daphne");
  CHECK(found({"tini", "--", "env", "-i", "A=1", "uwsgi", "--ini", "u.ini"}) == "uwsgi:sync:server-uwsgi");
  CHECK(found({"gosu", "app", "/venv/bin/waitress-serve", "app:app"}) == "waitress:sync:server-waitress");
  CHECK(in_shell("FOO=1 BAR=2 exec gunicorn app:app") == "gunicorn:sync:server-gunicorn-sync+conf");
  CHECK(in_shell("python manage.py migrate && exec gunicorn -k uvicorn.workers.UvicornWorker proj.asgi") ==
        "gunicorn:async:server-gunicorn-uvicorn-worker");
  CHECK(found({"bash", "-ec", "cd /app && uvicorn main:app"}) == "uvicorn:async:server-uvicorn");
  CHECK(in_shell("sh -c 'bash -c \"granian --interface wsgi app:app\"'") == "granian:sync:server-granian-wsgi");
  CHECK(found({"sh", "./start.sh"}) == "script:./start.sh");
  CHECK(found({"./entrypoint.sh", "gunicorn"}) == "script:./entrypoint.sh");
  CHECK(found({"bin/start"}) == "script:bin/start");
  CHECK(found({"celery", "-A", "proj", "worker"}).empty());
  // A module no server: maybe the project's own, read for the server it starts.
  CHECK(found({"python", "-m", "celery", "worker"}) == "python:celery.py@4");
  CHECK(found({"nginx", "-g", "daemon off;"}).empty());
}

TEST_CASE("granian, FastAPI's CLI and development servers")
{
  CHECK(found({"granian", "app:app"}) == "granian:async:server-granian-rsgi"); // the default interface
  CHECK(found({"granian", "--interface", "asgi", "app:app"}) == "granian:async:server-granian-asgi");
  CHECK(found({"granian", "--interface=wsgi", "app:app"}) == "granian:sync:server-granian-wsgi");
  CHECK(found({"granian", "--interface", "$IFACE"}) == "granian:unknown:server-granian-unknown-interface");
  CHECK(found({"fastapi", "run", "main.py"}) == "fastapi:async:server-fastapi-cli");
  CHECK(found({"fastapi", "dev", "main.py"}) == "fastapi dev:development:server-development");
  CHECK(found({"python", "manage.py", "runserver", "0.0.0.0:8000"}) == "runserver:development:server-development");
  CHECK(found({"flask", "run", "--host=0.0.0.0"}) == "flask run:development:server-development");
  CHECK(found({"python", "-m", "flask", "run"}) == "flask run:development:server-development");
  // A script Python runs is read for the server it starts; its arguments are its own.
  CHECK(found({"python", "app.py"}) == "python:app.py@2");
  CHECK(found({"python3", "-u", "src/main.py", "--port", "80"}) == "python:src/main.py@5");
  CHECK(in_shell("cd /app && exec python run.py") == "python:run.py@3");
  CHECK(found({"python", "$ENTRY.py"}).empty());
  CHECK(found({"python", "-c", "import app; app.main()"}).empty());
  CHECK(found({"python", "-m", "app.main", "--reload"}) == "python:app/main.py@4");
  CHECK(found({"python3", "-m", "uvicorn", "app:app"}) == "uvicorn:async:server-uvicorn");
  CHECK(found({"python", "-m", "app-main"}).empty()); // no module name
  CHECK(found({"python", "-m", "app..main"}).empty());
  CHECK(found({"python", "-m", "2app"}).empty());
  CHECK(found({"python", "-m", "app."}).empty());
}

TEST_CASE("ENTRYPOINT + CMD: the evidence is the line the server word came from")
{
  CommandLine line;
  line.argv = {"/docker-entrypoint.sh", "gunicorn", "app:app"};
  line.text = "ENTRYPOINT [\"/docker-entrypoint.sh\"]";
  line.pos = {"Dockerfile", 5, 12};
  line.tail_from = 1;
  line.tail_text = "CMD [\"gunicorn\", \"app:app\"]";
  line.tail_pos = {"Dockerfile", 6, 5};
  const auto findings = find_servers(line);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].kind == CommandFinding::Kind::script);
  CHECK(findings[0].rest_from == 1);
  line.argv = {"gunicorn", "-k", "gevent", "app:app"};
  const auto server = find_servers(line);
  REQUIRE(server.size() == 1);
  CHECK(server[0].server.text == "ENTRYPOINT [\"/docker-entrypoint.sh\"]");
  line.argv = {"tini", "--", "uvicorn", "main:app"};
  line.tail_from = 2;
  const auto tail = find_servers(line);
  REQUIRE(tail.size() == 1);
  CHECK(tail[0].server.pos.line == 6);
  CHECK(tail[0].server.text == "CMD [\"gunicorn\", \"app:app\"]");
}

TEST_CASE("a shell line the shell would refuse (an unclosed quote) is unknown, never the words before the error")
{
  CHECK(found({"/bin/sh", "-c", "gunicorn -k \"gevent app:app"}) == "sh:unknown:server-unreadable-command");
  CHECK(found({"/bin/sh", "-c", "uvicorn main:app 'x"}) == "sh:unknown:server-unreadable-command");
  // sh parses a line whole: nothing on the error's line runs, an earlier line does.
  CHECK(found({"/bin/sh", "-c", "uvicorn main:app; echo 'x"}) == "sh:unknown:server-unreadable-command");
  CHECK(found({"/bin/sh", "-c", "uvicorn main:app\necho 'x"}) ==
        "uvicorn:async:server-uvicorn sh:unknown:server-unreadable-command");
  CHECK(found({"/bin/sh", "-c", "gunicorn -k gevent app:app"}) == "gunicorn:async:server-gunicorn-gevent");
}

TEST_CASE("gunicorn: GUNICORN_CMD_ARGS ranks below the command line and above the config file")
{
  using framewise::scan::EnvironmentVariable;
  const auto with_environment = [](std::vector<std::string> argv, std::vector<EnvironmentVariable> environment) {
    CommandLine line;
    line.argv = std::move(argv);
    line.text = "CMD gunicorn app:app";
    line.pos = {"Dockerfile", 9, 5};
    line.environment = std::move(environment);
    return find_servers(line);
  };
  const EnvironmentVariable gevent{
    "GUNICORN_CMD_ARGS", "--bind 0.0.0.0:80 -k gevent", "ENV GUNICORN_CMD_ARGS=...", {"Dockerfile", 3, 5}};
  // From the environment: the class, placed at the line that sets it, the command in via.
  auto findings = with_environment({"gunicorn", "app:app"}, {gevent});
  REQUIRE(findings.size() == 1);
  CHECK(to_string(findings[0].server.workers) == std::string("async"));
  CHECK(findings[0].server.rule == "server-gunicorn-gevent");
  CHECK(findings[0].server.pos.line == 3);
  CHECK(findings[0].server.text == "ENV GUNICORN_CMD_ARGS=...");
  CHECK(findings[0].server.via == std::vector<std::string>{"Dockerfile:9"});
  CHECK_FALSE(findings[0].needs_gunicorn_config);
  // The command line wins over it; the last setting of the variable wins over earlier ones.
  findings = with_environment({"gunicorn", "-k", "sync", "app:app"}, {gevent});
  CHECK(findings[0].server.rule == "server-gunicorn-sync");
  CHECK(findings[0].server.pos.line == 9);
  CHECK(findings[0].server.via.empty());
  EnvironmentVariable later = gevent;
  later.value = "-w 4";
  later.pos.line = 4;
  findings = with_environment({"gunicorn", "app:app"}, {gevent, later});
  CHECK(findings[0].server.rule == "server-gunicorn-sync");
  CHECK(findings[0].needs_gunicorn_config); // no class in it: the config file may have one
  // Its -c names the config file unless the command line has one.
  later.value = "-c conf/g.py";
  findings = with_environment({"gunicorn", "app:app"}, {later});
  CHECK(findings[0].gunicorn_config == "conf/g.py");
  findings = with_environment({"gunicorn", "-c", "mine.py", "app:app"}, {later});
  CHECK(findings[0].gunicorn_config == "mine.py");
  // A word that is all expansion may hold the class: unknown, not sync.
  later.value = "--bind :80 $EXTRA";
  findings = with_environment({"gunicorn", "app:app"}, {later});
  CHECK(findings[0].server.rule == "server-gunicorn-unknown-class");
  CHECK(findings[0].server.why == "its GUNICORN_CMD_ARGS is set when it runs");
  later.value = "--bind :$PORT"; // an expansion inside a word is only the port
  findings = with_environment({"gunicorn", "app:app"}, {later});
  CHECK(findings[0].server.rule == "server-gunicorn-sync");
  // Other variables are not read; an empty one says nothing.
  findings = with_environment({"gunicorn", "app:app"}, {{"WORKER_CLASS", "gevent", "x", {"Dockerfile", 2, 5}},
                                                        {"GUNICORN_CMD_ARGS", "", "x", {"Dockerfile", 3, 5}}});
  CHECK(findings[0].server.rule == "server-gunicorn-sync");
  // Assigned on the command itself (or through env): that one wins over the file's.
  CHECK(found({"GUNICORN_CMD_ARGS=-k eventlet", "gunicorn", "app:app"}) == "gunicorn:async:server-gunicorn-eventlet");
  CHECK(in_shell("env GUNICORN_CMD_ARGS='--worker-class=uvicorn.workers.UvicornWorker' exec gunicorn m:app") ==
        "gunicorn:async:server-gunicorn-uvicorn-worker");
  CHECK(in_shell("GUNICORN_CMD_ARGS='-k gevent' true; gunicorn app:app") == "gunicorn:sync:server-gunicorn-sync+conf");
  findings = with_environment({"GUNICORN_CMD_ARGS=-w 2", "gunicorn", "app:app"}, {gevent});
  CHECK(findings[0].server.rule == "server-gunicorn-sync");
}
