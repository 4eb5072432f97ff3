#include <framewise/cli/output.hpp>
#include <framewise/cli/pack_source.hpp>
#include <framewise/cli/scan_command.hpp>
#include <framewise/cli/scan_evidence.hpp>
#include <framewise/cli/terminal.hpp>
#include <framewise/report/scan/scan.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::cli {

namespace {

const std::vector<std::string> k_scan_formats = {"yaml", "json", "text"};

} // namespace

CLI::App*
add_scan_command(CLI::App& app, ScanOptions& options)
{
  auto* command = app.add_subcommand(
    "scan", "Infer answers from a Python project's files: which framework it depends on, an async or sync database "
            "driver, admin, API docs, websockets and extras, each proved at file:line:column. Prints a profile that "
            "'recommend' and 'check' accept, with the evidence as comments.");
  command->add_option("directory", options.directory, "The repository or directory to scan (default: .)")
    ->type_name("DIR");
  command->add_option("--format,-f", options.format, "Output on stdout")
    ->check(CLI::IsMember(k_scan_formats))
    ->type_name("yaml|json|text")
    ->capture_default_str();
  command
    ->add_option("--exclude", options.excludes,
                 "Also skip what GLOB matches (.gitignore syntax, relative to DIR); repeatable")
    ->type_name("GLOB")
    ->allow_extra_args(false);
  command->footer(
    "Reads: requirements*.txt, *requirements*.txt and *requirements*.in (and any .txt or .in file under a "
    "requirements/ directory), "
    "following -r/-c; pyproject.toml (PEP 621, PEP 735, Poetry, PDM, uv, Hatch); Pipfile, Pipfile.lock, "
    "poetry.lock, uv.lock; setup.cfg; setup.py literal lists (never run); INSTALLED_APPS in *settings*.py and "
    "settings/*.py (read as text, never imported). For server_workers, the commands that run the web process: "
    "the last stage's CMD/ENTRYPOINT of Dockerfile, Dockerfile.*, *.dockerfile and Containerfile; command and "
    "entrypoint of compose.yaml, compose.*.yaml, docker-compose.yaml and docker-compose.*.yaml (.yml too), and of any "
    "other *.yml/*.yaml at DIR's top whose "
    "text is a compose file (production.yml); web: of "
    "Procfile; ExecStart= of *.service; command= of [program:x] in supervisord.conf and *.conf/*.ini under a "
    "supervisor*/ directory; an [uwsgi] section of *uwsgi*.ini; the shell scripts these run; the Python script "
    "'python main.py' or 'python -m app' runs (uvicorn.run, Hypercorn's serve, waitress.serve or a Flask app's run, "
    "read as text); and, "
    "for gunicorn's worker class when its command line has none, GUNICORN_CMD_ARGS (on the command, from a "
    "Dockerfile ENV, a compose environment or an exported shell variable), then gunicorn.conf.py (or the file -c "
    "names).\n"
    "Skips: directories named .git, .hg, .svn, node_modules, site-packages, __pycache__, .tox, .nox; any "
    "directory holding a pyvenv.cfg (a virtualenv); what .gitignore files (and .git/info/exclude) ignore when "
    "DIR is in a git work tree; what --exclude matches; symlinked directories, and symlinked files that resolve "
    "outside DIR.\n"
    "Only declared dependencies and installed apps decide an answer; optional, development and test groups, "
    "requirements files named for dev, test, docs, lint or CI, every manifest under a test(s)/, doc(s)/ or "
    "example(s)/ directory, constraints and lock files only confirm. Where files disagree the answer is left out and "
    "'notes' says why.\n"
    "Exit codes: 0 scanned (also when nothing is proved), 2 bad DIR, option or rule pack; a file that cannot be "
    "parsed is reported on stderr as file:line:col, the scan goes on and prints what it proved, then exits 2.\n"
    "Example:\n"
    "  framewise scan . > framewise.yaml && framewise recommend --profile framewise.yaml");
  return command;
}

ExitCode
run_scan(const CommandContext& context, const ScanOptions& options)
{
  model::Diagnostics diagnostics;
  const auto* pack = context.load_pack(diagnostics);
  if (!pack) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  auto evidence = scan_evidence(*pack, options.directory, options.excludes, "framewise scan");
  if (!evidence) {
    return ExitCode::bad_input;
  }
  const model::Diagnostics& errors = evidence->read.errors;
  print_diagnostics(errors);
  const report::ScanRun run{*pack,
                            options.directory,
                            std::move(evidence->read.files),
                            std::move(evidence->inference),
                            errors.size(),
                            std::max<std::size_t>(output_width(), 40)};
  const std::string text = options.format == "json"   ? report::render_scan_json(run)
                           : options.format == "text" ? report::render_scan_text(run)
                                                      : report::render_scan_yaml(run);
  if (!write_stdout(text)) {
    print_usage_error("cannot write the scan to stdout", "check the disk or the pipe it goes to");
    return ExitCode::bad_input;
  }
  return errors.empty() ? ExitCode::success : ExitCode::bad_input;
}

} // namespace framewise::cli
