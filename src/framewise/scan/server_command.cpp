// Reads a command line the way the process it starts would: which program
// really runs once wrappers, shells and runners are looked through, and for a
// server, the options that decide its workers.
#include <framewise/scan/server_command.hpp>
#include <framewise/scan/shell_words.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>

namespace framewise::scan {

namespace {

// sh -c "bash -c '...'" nests; deeper than this is not a real command.
constexpr int k_max_shell_depth = 4;

std::string_view
base_name(std::string_view path)
{
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// python, python3, python3.12, /usr/local/bin/python3
bool
is_python(std::string_view name)
{
  if (!name.starts_with("python")) {
    return false;
  }
  name.remove_prefix(6);
  return std::all_of(name.begin(), name.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

bool
is_shell(std::string_view name)
{
  return name == "sh" || name == "bash" || name == "dash" || name == "ash" || name == "zsh" || name == "ksh";
}

bool
is_expansion(std::string_view word)
{
  return word.find('$') != std::string_view::npos || word.find('`') != std::string_view::npos;
}

// A Python module name: identifiers joined by dots (app, app.main).
bool
is_module_name(std::string_view word)
{
  bool start = true;
  for (const char c : word) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (c == '.' && !start) {
      start = true;
    } else if (letter || (!start && c >= '0' && c <= '9')) {
      start = false;
    } else {
      return false;
    }
  }
  return !start;
}

// A word that names a script to run: a path, or a name ending in .sh.
bool
is_script(std::string_view word)
{
  return !word.empty() && !is_expansion(word) &&
         (word.find('/') != std::string_view::npos || word.ends_with(".sh") || word.ends_with(".bash"));
}

// The value of option `long_name` / `short_name` in `words` (from `from`):
// "--name X", "--name=X", "-n X", "-nX". The last one wins, as with argparse.
// `found` tells a missing option from an empty value.
std::string
option_value(const std::vector<std::string>& words, std::size_t from, std::string_view long_name,
             std::string_view short_name, bool& found)
{
  std::string value;
  found = false;
  for (std::size_t i = from; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word == "--") {
      break;
    }
    const bool long_match = word == long_name;
    const bool short_match = !short_name.empty() && word == short_name;
    if ((long_match || short_match) && i + 1 < words.size()) {
      value = words[++i];
      found = true;
    } else if (word.size() > long_name.size() && word.starts_with(long_name) && word[long_name.size()] == '=') {
      value = word.substr(long_name.size() + 1);
      found = true;
    } else if (!short_name.empty() && word.size() > short_name.size() && word.starts_with(short_name) &&
               !word.starts_with("--")) {
      value = word.substr(short_name.size());
      found = true;
    }
  }
  return value;
}

struct ClassWorkers
{
  std::string_view name;
  Workers workers;
  std::string_view rule;
};

// gunicorn's own worker classes (short names and class paths) and the Uvicorn
// workers of the uvicorn and uvicorn-worker packages.
constexpr std::array<ClassWorkers, 15> k_worker_classes = {{
  {"sync", Workers::sync, "server-gunicorn-sync"},
  {"gunicorn.workers.sync.SyncWorker", Workers::sync, "server-gunicorn-sync"},
  {"gthread", Workers::sync, "server-gunicorn-gthread"},
  {"gunicorn.workers.gthread.ThreadWorker", Workers::sync, "server-gunicorn-gthread"},
  {"gevent", Workers::async, "server-gunicorn-gevent"},
  {"gevent_wsgi", Workers::async, "server-gunicorn-gevent"},
  {"gevent_pywsgi", Workers::async, "server-gunicorn-gevent"},
  {"gunicorn.workers.ggevent.GeventWorker", Workers::async, "server-gunicorn-gevent"},
  {"gunicorn.workers.ggevent.GeventPyWSGIWorker", Workers::async, "server-gunicorn-gevent"},
  {"eventlet", Workers::async, "server-gunicorn-eventlet"},
  {"gunicorn.workers.geventlet.EventletWorker", Workers::async, "server-gunicorn-eventlet"},
  {"uvicorn.workers.UvicornWorker", Workers::async, "server-gunicorn-uvicorn-worker"},
  {"uvicorn.workers.UvicornH11Worker", Workers::async, "server-gunicorn-uvicorn-worker"},
  {"uvicorn_worker.UvicornWorker", Workers::async, "server-gunicorn-uvicorn-worker"},
  {"uvicorn_worker.UvicornH11Worker", Workers::async, "server-gunicorn-uvicorn-worker"},
}};

// The word at argv index `word` came from the first line or the tail.
void
place(ServerCommand& server, const CommandLine& line, std::size_t word)
{
  const bool tail = line.tail_from != static_cast<std::size_t>(-1) && word >= line.tail_from;
  server.text = tail ? line.tail_text : line.text;
  server.pos = tail ? line.tail_pos : line.pos;
}

class Analysis
{
public:
  explicit Analysis(const CommandLine& line)
      : m_line(line)
  {}

  std::vector<CommandFinding>
  run()
  {
    std::vector<std::size_t> origins(m_line.argv.size());
    for (std::size_t i = 0; i < origins.size(); ++i) {
      origins[i] = i;
    }
    command(m_line.argv, origins, 0);
    return std::move(m_out);
  }

private:
  // One simple command; `origins[i]` is the argv index word i came from.
  void
  command(const std::vector<std::string>& words, const std::vector<std::size_t>& origins, int depth)
  {
    std::size_t at = 0;
    // GUNICORN_CMD_ARGS=... before the command (or after env): this command's only.
    std::optional<std::string> assigned_gunicorn_args;
    const auto note_assignment = [&](std::string_view word) {
      if (word.starts_with("GUNICORN_CMD_ARGS=")) {
        assigned_gunicorn_args = std::string(word.substr(18));
      }
    };
    while (at < words.size()) {
      const std::string_view word = words[at];
      const std::string_view name = base_name(word);
      if (is_assignment(word)) {
        note_assignment(word);
        ++at;
      } else if (name == "exec" || name == "nohup" || name == "command" || name == "time" || name == "then" ||
                 name == "else" || name == "do" || name == "{" || name == "!" || name == "--") {
        ++at;
      } else if (name == "env" || name == "tini" || name == "dumb-init") {
        ++at;
        while (at < words.size() && (words[at].starts_with("-") || is_assignment(words[at]))) {
          note_assignment(words[at]);
          ++at;
        }
      } else if (name == "gosu" || name == "su-exec" || name == "chpst") {
        at += 2; // the user
      } else if ((name == "poetry" || name == "pipenv" || name == "pdm" || name == "hatch" || name == "rye" ||
                  name == "uv") &&
                 at + 1 < words.size() && words[at + 1] == "run") {
        at += 2;
        while (at < words.size() && words[at].starts_with("-")) {
          ++at;
        }
      } else {
        break;
      }
    }
    if (at >= words.size()) {
      return;
    }
    const std::string_view name = base_name(words[at]);
    if (is_python(name)) {
      python(words, origins, at + 1, depth);
      return;
    }
    if (is_shell(name)) {
      shell(words, origins, at + 1, depth);
      return;
    }
    if (server(words, origins, at, name, assigned_gunicorn_args)) {
      return;
    }
    if (is_script(words[at])) {
      CommandFinding finding;
      finding.kind = CommandFinding::Kind::script;
      finding.script = words[at];
      finding.rest_from = origins.size() > at + 1 && depth == 0 ? origins[at] + 1 : m_line.argv.size();
      place(finding.server, m_line, origins[at]);
      m_out.push_back(std::move(finding));
    }
  }

  // python [-u -O ...] -m MODULE args, or python manage.py runserver.
  void
  python(const std::vector<std::string>& words, const std::vector<std::size_t>& origins, std::size_t at, int depth)
  {
    while (at < words.size() && words[at].starts_with("-") && words[at] != "-m" && words[at] != "-c") {
      ++at;
    }
    if (at >= words.size() || words[at] == "-c") {
      return;
    }
    if (words[at] == "-m" && at + 1 < words.size()) {
      std::vector<std::string> rest(words.begin() + static_cast<std::ptrdiff_t>(at) + 1, words.end());
      std::vector<std::size_t> rest_origins(origins.begin() + static_cast<std::ptrdiff_t>(at) + 1, origins.end());
      if (rest.front() == "waitress") {
        rest.front() = "waitress-serve";
      }
      if (rest.front() == "django") {
        rest.front() = "django-admin";
      }
      const std::size_t before = m_out.size();
      command(rest, rest_origins, depth);
      if (m_out.size() == before && is_module_name(words[at + 1])) {
        // The project's own module, maybe: app.main is app/main.py or app/main/__main__.py.
        CommandFinding finding;
        finding.kind = CommandFinding::Kind::python_script;
        std::string path = words[at + 1];
        std::replace(path.begin(), path.end(), '.', '/');
        finding.script = path + ".py";
        finding.package_main = path + "/__main__.py";
        finding.rest_from = m_line.argv.size();
        place(finding.server, m_line, origins[at + 1]);
        m_out.push_back(std::move(finding));
      }
      return;
    }
    if (base_name(words[at]) == "manage.py") {
      server(words, origins, at, "manage.py");
    } else if (words[at].ends_with(".py") && !is_expansion(words[at])) {
      CommandFinding finding;
      finding.kind = CommandFinding::Kind::python_script;
      finding.script = words[at];
      finding.rest_from = m_line.argv.size(); // the words after it are the script's arguments, not a command
      place(finding.server, m_line, origins[at]);
      m_out.push_back(std::move(finding));
    }
  }

  // sh [options] -c STRING: every simple command of the string; sh SCRIPT: the script.
  void
  shell(const std::vector<std::string>& words, const std::vector<std::size_t>& origins, std::size_t at, int depth)
  {
    bool string_follows = false;
    while (at < words.size() && words[at].size() > 1 && (words[at][0] == '-' || words[at][0] == '+')) {
      if (words[at] == "-o" || words[at] == "+o") {
        ++at; // -o pipefail
      } else if (words[at].find('c') != std::string::npos && words[at][0] == '-' && words[at][1] != '-') {
        string_follows = true;
      }
      ++at;
    }
    if (at >= words.size()) {
      return;
    }
    if (!string_follows) {
      command(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(at), words.end()),
              std::vector<std::size_t>(origins.begin() + static_cast<std::ptrdiff_t>(at), origins.end()), depth + 1);
      return;
    }
    if (depth >= k_max_shell_depth) {
      return;
    }
    const auto split = split_shell(words[at]);
    // sh parses a line whole before it runs it: with an unclosed quote
    // nothing on that line runs, what earlier lines hold does.
    const std::size_t runs_before =
      split.error.empty() ? words[at].size() + 1
                          : (split.error_offset == 0 ? 0 : words[at].rfind('\n', split.error_offset - 1) + 1);
    for (const auto& simple : split.commands) {
      if (simple.offset < runs_before) {
        command(simple.words, std::vector<std::size_t>(simple.words.size(), origins[at]), depth + 1);
      }
    }
    if (!split.error.empty()) {
      // The shell would refuse the line, so the process never starts: say
      // so, rather than read the words before the error as the command.
      CommandFinding finding;
      place(finding.server, m_line, origins[at]);
      finding.server.server = "sh";
      finding.server.workers = Workers::unknown;
      finding.server.rule = "server-unreadable-command";
      finding.server.why = fmt::format("the shell would refuse it ({})", split.error);
      m_out.push_back(std::move(finding));
    }
  }

  // A server (or development server) at words[at]; false when it is none.
  // `assigned_gunicorn_args`: GUNICORN_CMD_ARGS assigned on this command.
  bool
  server(const std::vector<std::string>& words, const std::vector<std::size_t>& origins, std::size_t at,
         std::string_view name, const std::optional<std::string>& assigned_gunicorn_args = std::nullopt)
  {
    CommandFinding finding;
    ServerCommand& found = finding.server;
    place(found, m_line, origins[at]);
    const std::size_t next = at + 1;
    const std::string_view first = next < words.size() ? std::string_view(words[next]) : std::string_view();
    if (name == "gunicorn") {
      gunicorn(finding, words, next, assigned_gunicorn_args);
    } else if (name == "uvicorn" || name == "hypercorn" || name == "daphne") {
      found.server = std::string(name);
      found.workers = Workers::async;
      found.rule = fmt::format("server-{}", name);
    } else if (name == "granian") {
      found.server = "granian";
      bool given = false;
      const std::string interface = option_value(words, next, "--interface", "", given);
      // granian's --interface defaults to rsgi (granian/cli.py).
      const std::string shown = given ? interface : "rsgi";
      if (shown == "asgi" || shown == "asginl" || shown == "rsgi") {
        found.workers = Workers::async;
        found.rule = shown == "rsgi" ? "server-granian-rsgi" : "server-granian-asgi";
      } else if (shown == "wsgi") {
        found.workers = Workers::sync;
        found.rule = "server-granian-wsgi";
      } else {
        found.workers = Workers::unknown;
        found.rule = "server-granian-unknown-interface";
        found.why = fmt::format("granian --interface {} cannot be told from the files", interface);
      }
    } else if (name == "waitress-serve") {
      found.server = "waitress";
      found.workers = Workers::sync;
      found.rule = "server-waitress";
    } else if (name == "uwsgi") {
      found.server = "uwsgi";
      found.workers = Workers::sync;
      found.rule = "server-uwsgi";
    } else if (name == "fastapi" && first == "run") {
      // FastAPI's CLI serves with Uvicorn.
      found.server = "fastapi";
      found.workers = Workers::async;
      found.rule = "server-fastapi-cli";
    } else if ((name == "fastapi" && first == "dev") || (name == "flask" && first == "run") ||
               ((name == "manage.py" || name == "django-admin") && first == "runserver")) {
      found.server = name == "fastapi" ? "fastapi dev" : name == "flask" ? "flask run" : "runserver";
      found.workers = Workers::development;
      found.rule = "server-development";
      found.why = "a development server, not what serves production";
    } else {
      return false;
    }
    m_out.push_back(std::move(finding));
    return true;
  }

  // gunicorn's worker class, by its own order: the command line, then
  // GUNICORN_CMD_ARGS, then the configuration file (read by the caller), then
  // sync. `assigned`: GUNICORN_CMD_ARGS=... on this command, which wins over the file's.
  void
  gunicorn(CommandFinding& finding, const std::vector<std::string>& words, std::size_t next,
           const std::optional<std::string>& assigned)
  {
    ServerCommand& found = finding.server;
    found.server = "gunicorn";
    bool given = false;
    const std::string worker_class = option_value(words, next, "--worker-class", "-k", given);
    bool config_given = false;
    std::string config = option_value(words, next, "--config", "-c", config_given);
    if (given) {
      found.workers = gunicorn_class_workers(worker_class, found.rule, found.why);
      return;
    }
    // The variable: assigned on this command, else the last the file sets.
    std::optional<std::string> arguments = assigned;
    const EnvironmentVariable* variable = nullptr;
    if (!arguments) {
      for (const auto& candidate : m_line.environment) {
        if (candidate.name == "GUNICORN_CMD_ARGS") {
          variable = &candidate;
        }
      }
      if (variable) {
        arguments = variable->value;
      }
    }
    if (arguments && !arguments->empty()) {
      const auto place_at_variable = [&] {
        if (variable) {
          found.via.push_back(fmt::format("{}:{}", found.pos.file, found.pos.line));
          found.text = variable->text;
          found.pos = variable->pos;
        }
      };
      const auto split = split_shell(*arguments);
      std::vector<std::string> argument_words;
      for (const auto& simple : split.commands) {
        argument_words.insert(argument_words.end(), simple.words.begin(), simple.words.end());
      }
      bool from_variable = false;
      const std::string variable_class = option_value(argument_words, 0, "--worker-class", "-k", from_variable);
      if (from_variable) {
        place_at_variable();
        found.workers = gunicorn_class_workers(variable_class, found.rule, found.why);
        return;
      }
      // A word that is all expansion ($EXTRA_ARGS) may hold the class; so may a value the shell refuses.
      const bool opaque = std::any_of(argument_words.begin(), argument_words.end(),
                                      [](const std::string& word) { return word.starts_with('$'); });
      if (!split.error.empty() || opaque) {
        place_at_variable();
        found.workers = Workers::unknown;
        found.rule = "server-gunicorn-unknown-class";
        found.why = "its GUNICORN_CMD_ARGS is set when it runs";
        return;
      }
      // -c on the command line wins over the variable's.
      bool variable_config_given = false;
      const std::string variable_config = option_value(argument_words, 0, "--config", "-c", variable_config_given);
      if (!config_given && variable_config_given) {
        config = variable_config;
      }
    }
    found.workers = Workers::sync;
    found.rule = "server-gunicorn-sync";
    finding.needs_gunicorn_config = true;
    finding.gunicorn_config = config;
  }

  const CommandLine& m_line;
  std::vector<CommandFinding> m_out;
};

} // namespace

const char*
to_string(Workers workers)
{
  switch (workers) {
  case Workers::sync:
    return "sync";
  case Workers::async:
    return "async";
  case Workers::unknown:
    return "unknown";
  case Workers::development:
    return "development";
  }
  return "unknown";
}

Workers
gunicorn_class_workers(std::string_view worker_class, std::string& rule, std::string& why)
{
  std::string_view name = worker_class;
  if (name.starts_with("egg:gunicorn#")) {
    name.remove_prefix(13);
  }
  for (const auto& known : k_worker_classes) {
    if (known.name == name) {
      rule = std::string(known.rule);
      return known.workers;
    }
  }
  rule = "server-gunicorn-unknown-class";
  why =
    is_expansion(worker_class)
      ? fmt::format("the worker class is {}, set when it runs", worker_class)
      : fmt::format("'{}' is not a worker class scan knows (sync, gthread, gevent, eventlet, Uvicorn)", worker_class);
  return Workers::unknown;
}

std::vector<CommandFinding>
find_servers(const CommandLine& line)
{
  return Analysis(line).run();
}

} // namespace framewise::scan
