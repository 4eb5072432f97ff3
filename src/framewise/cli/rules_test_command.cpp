#include <framewise/cli/input_files.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/pack_source.hpp>
#include <framewise/cli/rules_test_command.hpp>
#include <framewise/engine/pack_test_run.hpp>
#include <framewise/load/pack_test_loader.hpp>
#include <framewise/report/rules/pack_test_report.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

namespace framewise::cli {

namespace {

// The test-case files of every --rules DIR: DIR/tests/*.yaml and *.yml, sorted
// by name within a directory, directories in the order given. A DIR without
// tests/ has no cases, which is not an error by itself.
std::optional<std::vector<std::string>>
case_files(const GlobalOptions& global, model::Diagnostics& diagnostics)
{
  std::vector<std::string> files;
  for (const auto& dir : global.rules_dirs) {
    const std::string tests = (std::filesystem::path(dir) / "tests").string();
    std::error_code error;
    if (!std::filesystem::exists(tests, error)) {
      continue;
    }
    const auto found = files_in(tests, {".yaml", ".yml"}, model::Domain::rules,
                                "a pack's test cases are YAML files in its tests/ directory", diagnostics);
    if (!found) {
      return std::nullopt;
    }
    files.insert(files.end(), found->begin(), found->end());
  }
  return files;
}

std::string
render(const std::string& format, const report::PackTestRun& run)
{
  if (format == "json") {
    return report::render_pack_tests_json(run);
  }
  if (format == "junit") {
    return report::render_pack_tests_junit(run);
  }
  return report::render_pack_tests_text(run);
}

} // namespace

CLI::App*
add_rules_test_command(CLI::App& rules, RulesTestOptions& options)
{
  auto* test = rules.add_subcommand(
    "test", "Run the test cases of each --rules DIR (DIR/tests/*.yaml) against the stacked rule pack: one line per "
            "case, a diff of expected and actual for each failure, the rules and mistakes no case makes fire (and "
            "those that fire in every case), then 'N passed, M failed'. Exit 1 when a case fails.");
  test->add_option("--format,-f", options.format, "Report on stdout")
    ->check(CLI::IsMember({"text", "json", "junit"}))
    ->type_name("text|json|junit")
    ->capture_default_str();
  test
    ->add_option("--min-coverage", options.min_coverage,
                 "Also fail when fewer than P percent of the rules and mistakes fire in some case (the "
                 "percentage is rounded down)")
    ->check(CLI::Range(0U, 100U))
    ->type_name("P");
  test->footer("Exit codes: 0 every case passed, 1 a case failed or coverage is below --min-coverage, 2 a rule "
               "pack or test case that does not load, or no test case at all.\n"
               "Example:\n"
               "  framewise rules test --rules policy/ --min-coverage 90 --format junit");
  return test;
}

ExitCode
run_rules_test(const GlobalOptions& global, const RulesTestOptions& options)
{
  model::Diagnostics diagnostics;
  const model::RulePack* pack = load_rule_pack(global, diagnostics);
  if (pack == nullptr) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  const auto files = case_files(global, diagnostics);
  if (!files) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  std::vector<model::PackTestCase> cases;
  for (const auto& path : *files) {
    const auto file = read_input(path, model::Domain::rules, diagnostics);
    if (!file) {
      continue;
    }
    if (auto loaded = load::load_pack_tests(load::SourceText{file->name, file->text}, *pack, diagnostics)) {
      for (auto& test_case : *loaded) {
        const auto same = std::find_if(cases.begin(), cases.end(),
                                       [&](const model::PackTestCase& other) { return other.id == test_case.id; });
        if (same != cases.end()) {
          model::Diagnostic diagnostic;
          diagnostic.domain = model::Domain::rules;
          diagnostic.pos = test_case.pos;
          diagnostic.message = fmt::format("duplicate test case id '{}'", test_case.id);
          diagnostic.hint = fmt::format("first defined at {}:{}:{}", same->pos.file, same->pos.line, same->pos.column);
          diagnostics.push_back(std::move(diagnostic));
          continue;
        }
        cases.push_back(std::move(test_case));
      }
    }
  }
  if (!diagnostics.empty()) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  if (cases.empty()) {
    print_usage_error("no test cases to run",
                      global.rules_dirs.empty()
                        ? "test cases live in a pack's tests/ directory: 'framewise rules test --rules DIR'"
                        : "add YAML files of cases to DIR/tests/; see framewise-rules(5), TEST CASES");
    return ExitCode::bad_input;
  }
  std::vector<engine::CaseOutcome> outcomes;
  outcomes.reserve(cases.size());
  for (const auto& test_case : cases) {
    outcomes.push_back(engine::run_case(*pack, test_case));
  }
  // Coverage answers for the rules and mistakes the --rules layers define
  // (or override), not for the built-in pack under them.
  std::set<std::string> layer_files;
  for (const auto& dir : global.rules_dirs) {
    if (const auto found = pack_files_in(dir, diagnostics)) {
      layer_files.insert(found->begin(), found->end());
    }
  }
  const auto in_scope = [&](model::PackItemKind kind, std::size_t index) {
    const model::SourcePos& pos =
      kind == model::PackItemKind::rule ? pack->rules[index].pos : pack->mistakes[index].pos;
    return layer_files.contains(pos.file);
  };
  const report::PackTestRun run{*pack, cases, outcomes, engine::coverage_of(*pack, outcomes, in_scope),
                                options.min_coverage};
  write_stdout(render(options.format, run));
  return run.failed() == 0 && !run.coverage_too_low() ? ExitCode::success : ExitCode::gate_failed;
}

} // namespace framewise::cli
