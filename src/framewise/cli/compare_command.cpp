#include <framewise/cli/compare_command.hpp>
#include <framewise/cli/reference_output.hpp>
#include <framewise/report/reference/comparison_report.hpp>

namespace framewise::cli {

CLI::App*
add_compare_command(CLI::App& app, std::string& format)
{
  auto* command = app.add_subcommand(
    "compare", "Print the comparison of FastAPI, Flask and Django: the comparison table, the performance figures "
               "and the deployment notes, every row and framework, with their notes and sources.");
  add_reference_format(*command, format);
  command->footer("Text is a table fitted to the terminal's width (else $COLUMNS, else 80), cells wrapped.\n"
                  "Markdown is one table per group; JSON is {\"schema_version\": 1, \"frameworks\": [...], "
                  "\"rows\": [...]}.\n"
                  "Example:\n"
                  "  framewise compare --format json | jq -r '.rows[] | select(.id == \"throughput\") "
                  "| .values.flask'");
  return command;
}

ExitCode
run_compare(const CommandContext& context, const std::string& format)
{
  return run_pack_report(
    context, format,
    {report::render_comparison_text, report::render_comparison_markdown, report::render_comparison_json});
}

} // namespace framewise::cli
