#include <framewise/cli/questions_command.hpp>
#include <framewise/cli/reference_output.hpp>
#include <framewise/report/reference/questions_report.hpp>

namespace framewise::cli {

CLI::App*
add_questions_command(CLI::App& app, std::string& format)
{
  auto* command = app.add_subcommand(
    "questions", "List the questionnaire in the order it is asked: each question's id (the key in a profile), "
                 "prompt, type, options or range, default and why it matters.");
  add_reference_format(*command, format);
  command->footer("No question has a default answer: unanswered is the default, and it is neutral.\n"
                  "JSON is {\"schema_version\": 1, \"questions\": [{\"id\", \"prompt\", \"help\", \"type\", "
                  "\"options\" | \"min\", \"max\", \"default\": null, ...}]}.\n"
                  "Example:\n"
                  "  framewise questions --format json | jq -r '.questions[].id'");
  return command;
}

ExitCode
run_questions(const CommandContext& context, const std::string& format)
{
  return run_pack_report(
    context, format, {report::render_questions_text, report::render_questions_markdown, report::render_questions_json});
}

} // namespace framewise::cli
