#include <framewise/cli/diagnose_command.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/reference_output.hpp>
#include <framewise/cli/stdout_style.hpp>
#include <framewise/engine/symptom_search.hpp>
#include <framewise/report/reference/diagnosis_report.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::cli {

namespace {

constexpr std::string_view k_example = "describe what you see, e.g. framewise diagnose \"latency spikes under load\"";

} // namespace

CLI::App*
add_diagnose_command(CLI::App& app, DiagnoseOptions& options)
{
  auto* command = app.add_subcommand(
    "diagnose", "Find what causes a symptom: searches the production debug guide, the quick-debug cheat sheet and "
                "the common mistakes, by word stems and synonyms (\"slow\" finds \"latency\"), and prints the "
                "best matches with what to do now, the fix and the commands to run.");
  command->add_option("SYMPTOM", options.words, "What you see, in your own words (quotes optional)")->type_name("");
  add_reference_format(*command, options.format);
  command->footer("When nothing matches, it says so and shows the closest entries, and still exits 0: "
                  "no match is an answer, not an error. It exits 2 when SYMPTOM is missing or has no "
                  "word to search for (only words such as \"the\" or \"not\").\n"
                  "JSON is {\"schema_version\": 1, \"symptom\", \"matched\", \"matches\": [...], \"closest\": [...]}.\n"
                  "Example:\n"
                  "  framewise diagnose \"the admin page does not show my models\"");
  return command;
}

ExitCode
run_diagnose(const CommandContext& context, const DiagnoseOptions& options)
{
  const std::string symptom = fmt::format("{}", fmt::join(options.words, " "));
  if (symptom.find_first_not_of(" \t\r\n") == std::string::npos) {
    print_usage_error("diagnose needs a SYMPTOM", k_example);
    return ExitCode::bad_input;
  }
  const auto pack = load_pack_or_report(context);
  if (!pack) {
    return ExitCode::bad_input;
  }
  const auto diagnosis = engine::diagnose_symptom(*pack, symptom);
  if (!diagnosis) {
    print_usage_error(fmt::format("nothing to search for in '{}'", report::escape_controls(symptom)),
                      fmt::format("words such as 'the' and 'not' are ignored; {}", k_example));
    return ExitCode::bad_input;
  }
  const report::DiagnosisView view{*pack, symptom, *diagnosis};
  if (options.format == "json") {
    return print_report(report::render_diagnosis_json(view));
  }
  if (options.format == "markdown") {
    return print_report(report::render_diagnosis_markdown(view));
  }
  return print_report(report::render_diagnosis_text(view, stdout_style(context.global)));
}

} // namespace framewise::cli
