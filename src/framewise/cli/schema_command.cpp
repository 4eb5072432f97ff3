#include <framewise/cli/output.hpp>
#include <framewise/cli/schema_command.hpp>
#include <framewise/load/embedded_schema.hpp>
#include <framewise/report/profile_schema.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::cli {

CLI::App*
add_schema_command(CLI::App& app, SchemaOptions& options)
{
  auto* command = app.add_subcommand(
    "schema", "Print a JSON Schema (draft 2020-12): 'profile' for the profile file (with --rules, of that pack's "
              "questions), 'output' for the JSON of 'recommend', 'check', 'scan' and 'rules test' with --format json, "
              "'rules' for a rule-pack file.");
  command->add_option("which", options.which, "profile, output or rules")
    ->required()
    ->type_name("profile|output|rules");
  command->footer("An editor with the YAML language server validates a profile with it:\n"
                  "  # yaml-language-server: $schema=profile.schema.json\n"
                  "after 'framewise schema profile > profile.schema.json'.");
  return command;
}

ExitCode
run_schema(const CommandContext& context, const SchemaOptions& options)
{
  const std::vector<std::string> schemas = {"profile", "output", "rules"};
  if (std::find(schemas.begin(), schemas.end(), options.which) == schemas.end()) {
    print_unknown_name(fmt::format("unknown schema '{}'", options.which), options.which, schemas);
    return ExitCode::bad_input;
  }
  std::string text;
  if (options.which != "profile") { // embedded as committed: data/schema/WHICH.schema.json
    const std::string name = fmt::format("data/schema/{}.schema.json", options.which);
    for (const auto& file : load::embedded_schema_files()) {
      if (file.name == name) {
        text = std::string(file.text);
      }
    }
  } else {
    model::Diagnostics diagnostics;
    const auto pack = context.load_pack(diagnostics);
    if (!pack) {
      print_diagnostics(diagnostics);
      return ExitCode::bad_input;
    }
    text = report::render_profile_schema(*pack);
  }
  if (!write_stdout(text)) {
    print_usage_error("cannot write the schema to stdout", "check the disk or the pipe it goes to");
    return ExitCode::bad_input;
  }
  return ExitCode::success;
}

} // namespace framewise::cli
