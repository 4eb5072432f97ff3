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
    "schema",
    "Print a JSON Schema (draft 2020-12): 'profile' for the profile file (with --rules, of that pack's "
    "questions), 'output' for the JSON of 'recommend', 'check' and 'scan' with --format json.");
  command->add_option("which", options.which, "profile or output")->required()->type_name("profile|output");
  command->footer("An editor with the YAML language server validates a profile with it:\n"
                  "  # yaml-language-server: $schema=profile.schema.json\n"
                  "after 'framewise schema profile > profile.schema.json'.");
  return command;
}

ExitCode
run_schema(const CommandContext& context, const SchemaOptions& options)
{
  const std::vector<std::string> schemas = {"profile", "output"};
  if (std::find(schemas.begin(), schemas.end(), options.which) == schemas.end()) {
    print_unknown_name(fmt::format("unknown schema '{}'", options.which), options.which, schemas);
    return ExitCode::bad_input;
  }
  std::string text;
  if (options.which == "output") {
    text = std::string(load::embedded_schema_files().front().text);
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
