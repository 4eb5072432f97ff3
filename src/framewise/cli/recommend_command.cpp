#include <framewise/cli/input_files.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/pack_source.hpp>
#include <framewise/cli/recommend_command.hpp>
#include <framewise/cli/terminal.hpp>
#include <framewise/engine/evaluate.hpp>
#include <framewise/load/profile_loader.hpp>
#include <framewise/report/recommendation.hpp>

namespace framewise::cli {

CLI::App*
add_recommend_command(CLI::App& app, RecommendOptions& options)
{
  auto* command = app.add_subcommand(
    "recommend",
    "Rank FastAPI, Flask and Django for a project profile, with the reasons, the common "
    "mistakes that apply and the unanswered questions that could change the pick.");
  command
    ->add_option("--profile,-p", options.profile,
                 "Project profile (YAML or JSON) to evaluate; '-' reads it from stdin. "
                 "Example: data/examples/io-bound-api.yaml")
    ->type_name("FILE");
  command->add_option("--format,-f", options.format, "Output format")
    ->check(CLI::IsMember({"text", "json"}))
    ->type_name("text|json")
    ->capture_default_str();
  command->footer(
    "A profile looks like:\n"
    "  version: 1\n"
    "  name: billing-api\n"
    "  answers:\n"
    "    project_kind: api\n"
    "    concurrent_users: 2000\n"
    "    team_expertise: [flask]\n"
    "Unanswered questions are neutral. See 'man framewise' for every question id.");
  return command;
}

ExitCode
run_recommend(const GlobalOptions& global, const RecommendOptions& options)
{
  if (options.profile.empty()) {
    // The interactive questionnaire is not built yet; never wait on a terminal
    // or a closed stdin for input that will not be read.
    print_usage_error(
      stdin_is_terminal() ? "no profile given; the interactive questionnaire is not available yet"
                          : "no profile given, and stdin is not a terminal to ask questions on",
      "pass --profile FILE (e.g. --profile data/examples/io-bound-api.yaml), "
      "or --profile - to read the profile from stdin");
    return ExitCode::bad_input;
  }
  model::Diagnostics diagnostics;
  const auto pack = load_rule_pack(global, diagnostics);
  if (!pack) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  const auto file = read_input(options.profile, model::Domain::profile, diagnostics);
  if (!file) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  const auto profile = load::load_profile({file->name, file->text}, *pack, diagnostics);
  if (!profile) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  const engine::Result result = engine::evaluate(*pack, profile->answers);
  const report::RecommendationView view{*pack, *profile, result};
  std::string output;
  if (options.format == "json") {
    output = report::render_json(view);
  } else {
    const report::TextStyle style{use_color(global.color) ? report::Color::on : report::Color::off,
                                  output_width()};
    output = report::render_text(view, style);
  }
  if (!write_stdout(output)) {
    print_usage_error("cannot write the report to stdout", "check the disk or the pipe it goes to");
    return ExitCode::bad_input;
  }
  return ExitCode::success;
}

} // namespace framewise::cli
