#include <framewise/cli/output.hpp>
#include <framewise/cli/rules_command.hpp>
#include <framewise/engine/pack_lint.hpp>
#include <framewise/report/rules/lint_report.hpp>

#include <fmt/format.h>

#include <memory>

namespace framewise::cli {

CLI::App*
add_rules_command(CLI::App& app, RulesOptions& options)
{
  auto* rules = app.add_subcommand("rules", "Work with rule packs.");
  rules->require_subcommand(1);
  auto* lint = rules->add_subcommand(
    "lint", "Check a rule pack: YAML syntax, required fields, and that every rule names real "
            "questions, options and frameworks; then what only the whole pack shows: conditions that can never "
            "hold (errors) or always hold, frameworks no rule raises, questions no rule reads, options no rule "
            "tells apart (warnings). Checks "
            "the built-in pack plus any --rules DIR.");
  lint->add_flag("--quiet,-q", options.quiet, "Print nothing when the pack is fine");
  lint->add_flag("--strict", options.strict, "Fail on warnings too");
  lint->add_option("--format,-f", options.format, "Report on stdout (problems loading always go to stderr)")
    ->check(CLI::IsMember({"text", "json", "sarif"}))
    ->type_name("text|json|sarif")
    ->capture_default_str();
  lint->footer("Exit codes: 0 no error (and, with --strict, no warning), 2 a pack that does not load, an error, "
               "or a warning under --strict.");
  options.test_command = add_rules_test_command(*rules, options.test);
  return lint;
}

ExitCode
run_rules_lint(const CommandContext& context, const RulesOptions& options)
{
  model::Diagnostics diagnostics;
  const auto pack = context.load_pack(diagnostics);
  if (!pack) {
    print_diagnostics(diagnostics);
    if (options.format == "json" || options.format == "sarif") {
      // The report format gets the load errors too, so CI that reads stdout sees them.
      // An error of the whole pack (no question at all) has no file: it is
      // placed on the top pack's directory, since code scanning (GitHub's
      // ingestion rules) refuses a result with no location.
      const std::string top_pack = context.global.rules_dirs.empty() ? "rules" : context.global.rules_dirs.back();
      std::vector<engine::LintProblem> problems;
      for (const auto& diagnostic : diagnostics) {
        model::SourcePos pos = diagnostic.pos;
        if (pos.file.empty()) {
          pos = {top_pack, 1, 1};
        }
        problems.push_back({engine::LintSeverity::error, "load-error", diagnostic.message, diagnostic.hint, pos});
      }
      write_stdout(options.format == "json" ? report::render_lint_json(problems, options.strict, {}, {})
                                            : report::render_lint_sarif(problems, FRAMEWISE_VERSION));
    }
    return ExitCode::bad_input;
  }
  const auto problems = engine::lint_pack(*pack);
  const bool failed = report::lint_fails(problems, options.strict);
  if (options.format == "json") {
    write_stdout(report::render_lint_json(problems, options.strict, pack->layer_changes, pack->questions));
  } else if (options.format == "sarif") {
    write_stdout(report::render_lint_sarif(problems, FRAMEWISE_VERSION));
  } else if (!options.quiet || !problems.empty()) {
    const std::string summary =
      fmt::format("{} frameworks, {} questions, {} rules, {} mistakes, {} comparison rows, "
                  "{} debug-guide and {} cheat-sheet entries, {} scan evidence rows",
                  pack->frameworks.size(), pack->questions.size(), pack->rules.size(), pack->mistakes.size(),
                  pack->comparison.size(), pack->debug_guide.size(), pack->cheat_sheet.size(), pack->evidence.size());
    write_stdout(report::render_lint_text(problems, summary, options.strict));
  }
  return failed ? ExitCode::bad_input : ExitCode::success;
}

DeclaredCommand
declare_rules_commands(CLI::App& app)
{
  auto options = std::make_shared<RulesOptions>();
  CLI::App* lint = add_rules_command(app, *options);
  DeclaredCommand declared{
    lint, [options](const CommandContext& context) { return run_rules_lint(context, *options); }, {}};
  declared.more.push_back(
    {options->test_command,
     [options](const CommandContext& context) { return run_rules_test(context.global, options->test); },
     {}});
  return declared;
}

} // namespace framewise::cli
