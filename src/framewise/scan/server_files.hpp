#pragma once

#include <framewise/scan/server_command.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::scan {

// The files that say how the project runs, told apart by name only.
enum class ServerFileKind : std::uint8_t
{
  dockerfile,    // Dockerfile, Dockerfile.*, *.dockerfile, Containerfile, Containerfile.*
  compose,       // compose.yaml|yml, compose.*.yaml|yml, docker-compose.yaml|yml, docker-compose.*.yaml|yml
  procfile,      // Procfile
  systemd,       // *.service
  supervisord,   // supervisord.conf, supervisor.conf, *.conf|*.ini under a supervisor*/ directory (or its conf.d/)
  uwsgi_ini,     // uwsgi.ini, *uwsgi*.ini
  shell_script,  // never by name: a script a command names
  python_script, // never by name: a Python script a command runs (python main.py)
};

// What reading one of them gave: the command lines to understand
// (scan/server_command.hpp), servers found without one (a uWSGI ini), and
// what went wrong.
struct ServerFileRead
{
  std::vector<CommandLine> commands;
  std::vector<ServerCommand> servers;
  model::Diagnostics errors;      // Domain::scan, with file:line:col
  std::vector<std::string> notes; // what could not be known
  // A Dockerfile: its last stage's COPY/ADD from the build context, WORKDIR and ENV.
  std::vector<ImageCopy> image_copies;
  std::string image_workdir;
  std::vector<EnvironmentVariable> image_environment; // the last stage's ENV
};

// The kind of the file at `relative_path` ('/'-separated), or nothing.
std::optional<ServerFileKind> server_file_kind(std::string_view relative_path);

// A file that runs the project in development or tests only, told by its path
// relative to DIR: under a test(s)/, doc(s)/, example(s)/ or .devcontainer/
// directory, or named with a word saying development, tests or CI
// (Dockerfile.dev, docker-compose.test.yml). Its servers confirm, never decide.
bool is_development_server_file(std::string_view relative_path);

// Reads one file's text.
ServerFileRead read_server_file(ServerFileKind kind, std::string_view text, const std::string& path);

} // namespace framewise::scan
