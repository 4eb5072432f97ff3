#include <framewise/cli/atomic_file.hpp>
#include <framewise/cli/check_command.hpp>
#include <framewise/cli/input_files.hpp>
#include <framewise/cli/options.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/scan_evidence.hpp>
#include <framewise/cli/stdout_style.hpp>
#include <framewise/cli/terminal.hpp>
#include <framewise/cli/today.hpp>
#include <framewise/cli/writable_path.hpp>
#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/waivers.hpp>
#include <framewise/load/profile_loader.hpp>
#include <framewise/load/spellcheck.hpp>
#include <framewise/report/check/check.hpp>
#include <framewise/scan/scanned_profile.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>

#include <fcntl.h>
#include <unistd.h>

namespace framewise::cli {

namespace {

const std::vector<std::string> k_formats = {"text", "json", "github", "gitlab", "sarif", "junit"};

// Appends `text` to `path` (created when missing); an error message, or nothing.
std::optional<std::string>
append_to_file(const char* path, std::string_view text)
{
  const int fd = ::open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return std::string(std::strerror(errno));
  }
  while (!text.empty()) {
    const ssize_t count = ::write(fd, text.data(), text.size());
    if (count < 0 && errno == EINTR) {
      continue;
    }
    if (count < 0) {
      const std::string why = std::strerror(errno);
      ::close(fd);
      return why;
    }
    text.remove_prefix(static_cast<std::size_t>(count));
  }
  if (::close(fd) != 0) {
    return std::string(std::strerror(errno));
  }
  return std::nullopt;
}

struct OutputFile
{
  std::string format;
  std::string path;
};

std::string
render(const std::string& format, const report::CheckRun& run, const report::TextStyle& style)
{
  if (format == "json") {
    return report::render_check_json(run);
  }
  if (format == "github") {
    return report::render_check_github(run);
  }
  if (format == "gitlab") {
    return report::render_check_gitlab(run);
  }
  if (format == "sarif") {
    return report::render_check_sarif(run);
  }
  if (format == "junit") {
    return report::render_check_junit(run);
  }
  return report::render_check_text(run, style);
}

// Each --output FORMAT=FILE, checked: a known format, a file, no file twice.
std::optional<std::vector<OutputFile>>
parse_outputs(const std::vector<std::string>& outputs)
{
  std::vector<OutputFile> files;
  std::set<std::string> paths;
  for (const auto& output : outputs) {
    const auto equals = output.find('=');
    if (equals == std::string::npos || equals + 1 == output.size()) {
      print_usage_error(fmt::format("--output '{}' is not FORMAT=FILE", output),
                        "write e.g. --output sarif=framewise.sarif");
      return std::nullopt;
    }
    OutputFile file{output.substr(0, equals), output.substr(equals + 1)};
    if (std::find(k_formats.begin(), k_formats.end(), file.format) == k_formats.end()) {
      print_unknown_name(fmt::format("unknown format '{}' in --output '{}'", file.format, output), file.format,
                         k_formats);
      return std::nullopt;
    }
    if (!paths.insert(file.path).second) {
      print_usage_error(fmt::format("--output names '{}' twice", file.path), "give each report its own file");
      return std::nullopt;
    }
    files.push_back(std::move(file));
  }
  return files;
}

// The --output that names one of the profiles being checked, if any: writing
// it would replace the team's profile with a report.
std::optional<OutputFile>
output_over_profile(const std::vector<OutputFile>& outputs, const std::vector<std::string>& profiles)
{
  for (const auto& output : outputs) {
    for (const auto& profile : profiles) {
      std::error_code error;
      if (profile != "-" && std::filesystem::equivalent(output.path, profile, error)) {
        return output;
      }
    }
  }
  return std::nullopt;
}

// A pack mistake named like one of the gate's own checks would make two rules
// with one id in every report; it is a rule-pack error for `check`.
bool
reported_reserved_ids(const model::RulePack& pack)
{
  model::Diagnostics diagnostics;
  for (const auto& mistake : pack.mistakes) {
    if (report::is_gate_rule_id(mistake.id)) {
      model::Diagnostic diagnostic;
      diagnostic.domain = model::Domain::rules;
      diagnostic.pos = mistake.pos;
      diagnostic.message = fmt::format("mistake id '{}' is reserved for a check of 'framewise check'", mistake.id);
      diagnostic.hint = "give the mistake another id";
      diagnostics.push_back(std::move(diagnostic));
    }
  }
  print_diagnostics(diagnostics);
  return !diagnostics.empty();
}

// The profile files to check, in the order given; a directory stands for its
// *.yaml, *.yml and *.json files, sorted.
std::optional<std::vector<std::string>>
profile_paths(const CheckOptions& options, model::Diagnostics& diagnostics)
{
  std::vector<std::string> given = options.profiles;
  given.insert(given.end(), options.paths.begin(), options.paths.end());
  std::vector<std::string> paths;
  for (const auto& path : given) {
    std::error_code error;
    if (path != "-" && std::filesystem::is_directory(path, error)) {
      if (const auto files = files_in(path, {".yaml", ".yml", ".json"}, model::Domain::profile,
                                      "a directory given to check must hold profile files", diagnostics)) {
        paths.insert(paths.end(), files->begin(), files->end());
      }
    } else {
      paths.push_back(path);
    }
  }
  if (!diagnostics.empty()) {
    return std::nullopt;
  }
  // Reported in file order, each profile once however often it is named
  // (`check a.yaml ./a.yaml`, or a file and its directory).
  const auto key = [](const std::string& path) {
    return path == "-" ? path : std::filesystem::path(path).lexically_normal().string();
  };
  std::stable_sort(paths.begin(), paths.end(),
                   [&](const std::string& a, const std::string& b) { return key(a) < key(b); });
  std::vector<std::string> unique;
  for (const auto& path : paths) {
    // stdin is never merged: naming it twice is an error reported later.
    const bool seen =
      path != "-" && std::any_of(unique.begin(), unique.end(), [&](const std::string& kept) {
        std::error_code error;
        return key(kept) == key(path) || (path != "-" && kept != "-" && std::filesystem::equivalent(kept, path, error));
      });
    if (!seen) {
      unique.push_back(path);
    }
  }
  return unique;
}

std::optional<engine::GateOptions>
gate_options(const model::RulePack& pack, const CheckOptions& options)
{
  engine::GateOptions gate;
  gate.fail_on = options.fail_on == "info"      ? model::Severity::info
                 : options.fail_on == "warning" ? model::Severity::warning
                                                : model::Severity::error;
  gate.min_margin = options.min_margin;
  if (!options.expect.empty()) {
    const int framework = pack.framework_index(load::folded_name(options.expect)); // `FastAPI` is `fastapi`
    if (framework < 0) {
      std::vector<std::string> ids;
      for (const auto& entry : pack.frameworks) {
        ids.push_back(entry.id);
      }
      print_unknown_name(fmt::format("--expect '{}' is not a framework", options.expect),
                         load::folded_name(options.expect), ids);
      return std::nullopt;
    }
    gate.expect = static_cast<std::uint32_t>(framework);
  }
  return gate;
}

// "./app/framewise.yaml" -> "app/framewise.yaml": CI services match report
// paths against the repository's files literally.
std::string
report_path(const std::string& path)
{
  const std::string normal = std::filesystem::path(path).lexically_normal().string();
  return normal.size() > 1 && normal.ends_with('/') ? normal.substr(0, normal.size() - 1) : normal;
}

// Evaluates `profile` (with the scan merged in, when there is one) and gates it.
std::optional<report::CheckedProfile>
checked_profile(const model::RulePack& pack, model::Profile profile, const scan::Inference* scanned,
                const engine::GateOptions& gate)
{
  report::CheckedProfile checked;
  if (scanned != nullptr) {
    auto merged = scan::merge_scan(pack, std::move(profile), *scanned);
    profile = std::move(merged.profile);
    checked.evidence = std::move(merged.evidence);
    checked.contradictions = std::move(merged.contradictions);
  }
  checked.result = engine::evaluate(pack, profile.answers);
  checked.gate = engine::gate_findings(pack, profile.answers, checked.result, gate);
  if (!profile.waivers.empty()) {
    static const std::optional<model::Date> today =
      today_utc("check waivers against today"); // read once, only when a waiver needs it
    if (!today) {
      return std::nullopt;
    }
    checked.waivers = engine::review_waivers(pack, profile.waivers, checked.result, *today);
  }
  // A contradiction is an error, and --fail-on is at most error: it always fails.
  checked.failed = engine::gate_fails_with_waivers(pack, checked.result, checked.gate, checked.waivers, gate.fail_on) ||
                   !checked.contradictions.empty();
  checked.profile = std::move(profile);
  return checked;
}

// Loads and evaluates every profile; nothing when one of them is bad (every
// problem of every profile is printed, so one run shows them all). With a
// scan and no profile, the scan's answers are the one profile checked.
std::optional<std::vector<report::CheckedProfile>>
checked_profiles(const model::RulePack& pack, const std::vector<std::string>& paths, const engine::GateOptions& gate,
                 const CheckOptions& options, const scan::Inference* scanned)
{
  model::Diagnostics diagnostics;
  std::vector<report::CheckedProfile> profiles;
  if (paths.empty() && scanned != nullptr) {
    auto checked = checked_profile(pack, scan::empty_profile(pack), scanned, gate);
    if (!checked) {
      return std::nullopt;
    }
    checked->path = report_path(options.scan);
    checked->scan_only = true;
    profiles.push_back(std::move(*checked));
  }
  for (const auto& path : paths) {
    const auto file = read_input(path, model::Domain::profile, diagnostics);
    if (!file) {
      continue;
    }
    auto profile = load::load_profile({file->name, file->text}, pack, diagnostics);
    if (!profile) {
      continue;
    }
    auto checked = checked_profile(pack, std::move(*profile), scanned, gate);
    if (!checked) {
      return std::nullopt;
    }
    checked->path = path == "-" ? file->name : report_path(path);
    profiles.push_back(std::move(*checked));
  }
  if (!diagnostics.empty()) {
    print_diagnostics(diagnostics);
    return std::nullopt;
  }
  return profiles;
}

} // namespace

CLI::App*
add_check_command(CLI::App& app, CheckOptions& options)
{
  auto* command = app.add_subcommand(
    "check", "CI gate: evaluate one or more committed profiles and report every common mistake that fires, and "
             "framework-mismatch when the framework in use trails the recommendation by a clear margin, each at "
             "the profile line of the answers that made it fire. Exit 1 when a finding at or above --fail-on "
             "fires or an expectation fails.");
  command->add_option("paths", options.paths, "Profiles to check, or directories of them (*.yaml, *.yml, *.json)")
    ->type_name("PROFILE|DIR");
  command->add_option("--profile,-p", options.profiles, "A profile to check; repeatable; '-' reads it from stdin")
    ->type_name("FILE")
    ->allow_extra_args(false); // one value per --profile; what follows is a positional
  command->add_option("--fail-on", options.fail_on, "Lowest severity that fails the gate")
    ->check(CLI::IsMember({"error", "warning", "info"}))
    ->type_name("error|warning|info")
    ->capture_default_str();
  command->add_option("--format,-f", options.format, "Report on stdout")
    ->check(CLI::IsMember(k_formats))
    ->type_name("text|json|github|gitlab|sarif|junit")
    ->capture_default_str();
  command
    ->add_option("--output,-o", options.outputs,
                 "Also write a report in FORMAT to FILE (atomically); repeatable, e.g. --output sarif=fw.sarif "
                 "--output junit=fw.xml")
    ->type_name("FORMAT=FILE")
    ->allow_extra_args(false);
  command->add_option("--expect", options.expect, "Fail the gate when the recommendation is another framework")
    ->type_name("FRAMEWORK");
  command
    ->add_option("--min-margin", options.min_margin,
                 "Fail the gate when the pick leads the runner-up by fewer score points (5: not a toss-up; "
                 "15: a clear pick)")
    ->check(CLI::Validator(
      [](const std::string& text) {
        double value = -1;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        const bool number = (error == std::errc() || error == std::errc::result_out_of_range) &&
                            end == text.data() + text.size() && !text.empty();
        if (number && error == std::errc() && value >= 0 && value <= 100) {
          return std::string();
        }
        return number ? fmt::format("'{}' is out of range: the margin is from 0 to 100 score points", text)
                      : fmt::format("'{}' is not a number of score points from 0 to 100", text);
      },
      ""))
    ->type_name("N");
  add_scan_options(*command, options.scan, options.scan_excludes,
                   "Also scan DIR (as 'framewise scan' does): its answers fill what the profile leaves unanswered, "
                   "findings they make fire point at the manifest or server-command line that proved them, and "
                   "profile-contradicts-code fires where a profile answer disagrees with the code. Without a profile, "
                   "gate on the scan alone");
  command->footer("Exit codes: 0 passed, 1 the gate failed, 2 bad profile, rule pack, scanned file or usage (the "
                  "message says 'profile:', 'rules:', 'scan:' or 'usage:' after its position).\n"
                  "Examples:\n"
                  "  framewise check framewise.yaml --format github --output sarif=framewise.sarif\n"
                  "  framewise check --profile framewise.yaml --scan . --format sarif > framewise.sarif");
  return command;
}

ExitCode
run_check(const CommandContext& context, const CheckOptions& options)
{
  const auto outputs = parse_outputs(options.outputs);
  if (!outputs) {
    return ExitCode::bad_input;
  }
  for (const auto& output : *outputs) {
    if (const auto reason = unwritable_reason(output.path)) {
      print_output_error(output.path,
                         fmt::format("cannot write the {} report (--output) here: {}", output.format, *reason));
      return ExitCode::bad_input;
    }
  }
  if (options.paths.empty() && options.profiles.empty() && options.scan.empty()) {
    print_usage_error("no profile to check",
                      "pass a profile or a directory of them, e.g. 'framewise check framewise.yaml', or gate on "
                      "what the code proves with 'framewise check --scan .'");
    return ExitCode::bad_input;
  }
  if (!options.scan_excludes.empty() && options.scan.empty()) {
    print_usage_error("--scan-exclude is given without --scan", "add --scan DIR, or drop --scan-exclude");
    return ExitCode::bad_input;
  }
  model::Diagnostics diagnostics;
  CommandContext pack_context = context;
  if (!options.scan.empty()) {
    pack_context.pack_use = PackUse::whole; // the scoring parts leave the evidence table out
  }
  const auto* pack = pack_context.load_pack(diagnostics);
  if (!pack) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  if (reported_reserved_ids(*pack)) {
    return ExitCode::bad_input;
  }
  const auto gate = gate_options(*pack, options);
  if (!gate) {
    return ExitCode::bad_input;
  }
  const auto paths = profile_paths(options, diagnostics);
  if (!paths) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  if (const auto clash = output_over_profile(*outputs, *paths)) {
    print_usage_error(fmt::format("--output {}={} would overwrite the profile it checks", clash->format, clash->path),
                      "write the report to another file");
    return ExitCode::bad_input;
  }
  if (std::count(paths->begin(), paths->end(), "-") > 1) {
    print_usage_error("stdin ('-') is given more than once", "read at most one profile from stdin");
    return ExitCode::bad_input;
  }
  std::optional<ScanEvidence> scanned;
  if (!options.scan.empty()) {
    scanned = scan_evidence(*pack, options.scan, options.scan_excludes, "framewise check --scan");
    if (!scanned) {
      return ExitCode::bad_input;
    }
    if (!scanned->read.errors.empty()) {
      // A gate does not pass on half the evidence: a file it cannot read
      // might hold the line that contradicts the profile.
      print_diagnostics(scanned->read.errors);
      print_usage_error(fmt::format("check --scan stopped: {} of '{}' cannot be read, and a gate does not pass on "
                                    "part of the evidence",
                                    scanned->read.errors.size() == 1 ? "a file" : "some files", options.scan),
                        "fix the file (above), or leave it out with --scan-exclude GLOB");
      return ExitCode::bad_input;
    }
  }
  const auto profiles = checked_profiles(*pack, *paths, *gate, options, scanned ? &scanned->inference : nullptr);
  if (!profiles) {
    return ExitCode::bad_input;
  }
  const report::CheckRun run{*pack, *profiles, *gate, FRAMEWISE_VERSION, scanned.has_value(), options.scan};
  const report::TextStyle style = stdout_style(context.global);
  const report::TextStyle plain{report::Color::off, 80};
  // Files first: when one cannot be written the run fails with nothing on stdout.
  for (const auto& output : *outputs) {
    if (const auto error = write_file_atomically(output.path, render(output.format, run, plain))) {
      print_output_error(output.path, *error);
      return ExitCode::bad_input;
    }
  }
  if (options.format == "github") {
    // Workflow commands become annotations and leave nothing in the job log:
    // the verdict goes to stderr, and to the job's summary page when it has one.
    if (const char* summary = std::getenv("GITHUB_STEP_SUMMARY"); summary != nullptr && *summary != '\0') {
      if (const auto error = append_to_file(summary, report::render_check_summary_markdown(run))) {
        print_output_error(summary, fmt::format("cannot append the summary (GITHUB_STEP_SUMMARY): {}", *error));
        return ExitCode::bad_input;
      }
    }
    const std::string summary = report::render_check_summary_text(run);
    std::fwrite(summary.data(), 1, summary.size(), stderr);
    std::fflush(stderr);
  }
  if (!write_stdout(render(options.format, run, style))) {
    print_usage_error("cannot write the report to stdout", "check the disk or the pipe it goes to");
    return ExitCode::bad_input;
  }
  const bool failed = std::any_of(profiles->begin(), profiles->end(),
                                  [](const report::CheckedProfile& profile) { return profile.failed; });
  return failed ? ExitCode::gate_failed : ExitCode::success;
}

} // namespace framewise::cli
