#include <framewise/cli/mistakes_command.hpp>
#include <framewise/cli/reference_output.hpp>
#include <framewise/report/reference/mistakes_report.hpp>

namespace framewise::cli {

CLI::App*
add_mistakes_command(CLI::App& app, std::string& format)
{
  auto* command = app.add_subcommand(
    "mistakes", "List the common-mistake catalogue: each mistake's id, severity, title, the symptom a team sees, "
                "why it happens, the fix and its source. 'recommend' reports the ones that apply to a profile.");
  add_reference_format(*command, format);
  command->footer("JSON is {\"schema_version\": 1, \"mistakes\": [{\"id\", \"severity\", \"title\", \"symptom\", "
                  "\"message\", \"fix\", \"source\"}]}.\n"
                  "To find a mistake by what you see, use: framewise diagnose \"SYMPTOM\"");
  return command;
}

ExitCode
run_mistakes(const CommandContext& context, const std::string& format)
{
  return run_pack_report(
    context, format, {report::render_mistakes_text, report::render_mistakes_markdown, report::render_mistakes_json});
}

} // namespace framewise::cli
