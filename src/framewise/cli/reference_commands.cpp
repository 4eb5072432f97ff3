#include <framewise/cli/compare_command.hpp>
#include <framewise/cli/mistakes_command.hpp>
#include <framewise/cli/questions_command.hpp>
#include <framewise/cli/reference_commands.hpp>

namespace framewise::cli {

void
add_reference_commands(CLI::App& app, ReferenceCommands& reference)
{
  reference.compare = add_compare_command(app, reference.compare_format);
  reference.questions = add_questions_command(app, reference.questions_format);
  reference.init_command = add_init_command(app, reference.init);
  reference.mistakes = add_mistakes_command(app, reference.mistakes_format);
  reference.diagnose_command = add_diagnose_command(app, reference.diagnose);
  reference.commands = {
    reference.compare, reference.questions, reference.init_command, reference.mistakes, reference.diagnose_command};
  for (CLI::App* command : reference.commands) {
    command->allow_extras(); // reported by app.cpp with a "did you mean"
  }
}

bool
is_reference_command(std::string_view word)
{
  return word == "compare" || word == "questions" || word == "init" || word == "mistakes" || word == "diagnose";
}

std::optional<ExitCode>
run_reference_command(const GlobalOptions& global, const ReferenceCommands& reference)
{
  if (reference.commands.empty()) { // not registered: another command was named
    return std::nullopt;
  }
  if (reference.compare->parsed()) {
    return run_compare(global, reference.compare_format);
  }
  if (reference.questions->parsed()) {
    return run_questions(global, reference.questions_format);
  }
  if (reference.init_command->parsed()) {
    return run_init(global, reference.init);
  }
  if (reference.mistakes->parsed()) {
    return run_mistakes(global, reference.mistakes_format);
  }
  if (reference.diagnose_command->parsed()) {
    return run_diagnose(global, reference.diagnose);
  }
  return std::nullopt;
}

} // namespace framewise::cli
