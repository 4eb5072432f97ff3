#pragma once

#include <framewise/model/diagnostic.hpp>
#include <framewise/model/source_pos.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::scan {

// What kind of workers a server command runs: the answer to server_workers.
enum class Workers : std::uint8_t
{
  sync,        // gunicorn sync/gthread, uWSGI, waitress, granian --interface wsgi
  async,       // uvicorn, hypercorn, daphne, granian asgi/rsgi, gunicorn with Uvicorn, gevent or eventlet workers
  unknown,     // a server whose workers cannot be known from the files ($WORKER_CLASS, -c python:module)
  development, // a development server (manage.py runserver, flask run): not what serves production
};

const char* to_string(Workers workers);

// A command that runs the web process, understood: which server, which
// workers, and where it was found.
struct ServerCommand
{
  std::string server; // "gunicorn", "uvicorn", "hypercorn", "daphne", "granian", "waitress", "uwsgi", "fastapi",
                      // or the development server's name ("runserver", "flask run", "fastapi dev")
  Workers workers = Workers::unknown;
  std::string rule;             // a stable id: "server-gunicorn-sync", "server-uvicorn", ...
  std::string why;              // unknown or development: what could not be known, in a few words
  std::string text;             // the command (or config line) as written: one logical line
  model::SourcePos pos;         // the command's first word, 1-based, columns in code points
  std::vector<std::string> via; // "Dockerfile:12" for a script or config file a command names, outermost first
  bool counted = true;          // false in a development or test file (Dockerfile.dev, tests/): confirms only
};

// A variable of the environment a command starts with, as a file sets it:
// a Dockerfile's ENV, a compose service's `environment:`.
struct EnvironmentVariable
{
  std::string name;
  std::string value;    // after the format's own quoting
  std::string text;     // the line that sets it, trimmed
  model::SourcePos pos; // where its name is
};

// A command line found in a file, before it is understood: its words after
// the file format's own quoting. A shell-form command is {"/bin/sh", "-c",
// STRING}, so the one analysis reads both forms.
struct CommandLine
{
  std::vector<std::string> argv;
  std::string text;     // the logical line as written
  model::SourcePos pos; // the command's start
  // Docker's ENTRYPOINT followed by CMD (and compose's entrypoint + command):
  // argv[tail_from...] come from a second line, told apart for the evidence.
  std::size_t tail_from = static_cast<std::size_t>(-1);
  std::string tail_text;
  model::SourcePos tail_pos;
  std::string workdir; // a Dockerfile's WORKDIR at the command (absolute), "" elsewhere
  // A compose service's `build:` (compose specification): the image the
  // command runs in is built from build_context (relative to the compose
  // file's directory) with build_dockerfile (relative to the context).
  bool built = false;
  std::string build_context;
  std::string build_dockerfile;
  // What the file sets in the command's environment, in order (a later one
  // wins). Read for GUNICORN_CMD_ARGS, which gunicorn ranks above its
  // configuration file and below its command line.
  std::vector<EnvironmentVariable> environment;
};

// A COPY or ADD of a Dockerfile's last stage from the build context (not
// --from another stage or image, not a URL): where the files a command names
// in the image came from.
struct ImageCopy
{
  std::vector<std::string> sources; // as written, relative to the build context's root
  std::string destination;          // absolute in the image, no trailing '/' (a relative one is from WORKDIR)
  bool into_directory = false;      // <dest> ends with '/' or several sources: each goes inside it
};

// What one word of a command line turned out to be.
struct CommandFinding
{
  enum class Kind : std::uint8_t
  {
    server,        // `server` says which; `needs_gunicorn_config` when its class may be in a config file
    script,        // a script the command runs (./entrypoint.sh, bin/start, sh start.sh): read it for the server
    python_script, // python main.py: read the script for the server it starts itself (uvicorn.run, ...)
  };
  Kind kind = Kind::server;
  ServerCommand server;
  bool needs_gunicorn_config = false; // gunicorn without -k/--worker-class
  std::string gunicorn_config;        // -c/--config as written ("" for the default gunicorn.conf.py)
  std::string script;                 // the script's path as written (python -m app.main: "app/main.py")
  std::string package_main;           // python -m app.main: "app/main/__main__.py", run when app/main is a package
  std::size_t rest_from = 0;          // argv index after the script: what `exec "$@"` in it would run
};

// The servers and scripts a command line runs, in order. Looks through
// environment assignments (FOO=1), exec, env, nohup, tini/dumb-init, gosu,
// `sh -c "..."` / `bash -c '...'` (split as the shell would, every simple
// command of the string), `python -m X`, `python SCRIPT.py` (a
// python_script finding), and `poetry|pipenv|pdm|hatch|rye|uv run`.
// gunicorn's class is its -k/--worker-class, else the one in
// GUNICORN_CMD_ARGS (assigned before the command, FOO=1 gunicorn, or in the
// line's `environment`), else its config file's (`needs_gunicorn_config`,
// with the -c of either), else sync. A class from an environment variable
// is placed at the line that sets it, with the command in `via`. Pure.
std::vector<CommandFinding> find_servers(const CommandLine& line);

// The workers of gunicorn worker class `worker_class` as written (a short name,
// a dotted class path, "egg:gunicorn#name"); `rule` and `why` are set too.
Workers gunicorn_class_workers(std::string_view worker_class, std::string& rule, std::string& why);

} // namespace framewise::scan
