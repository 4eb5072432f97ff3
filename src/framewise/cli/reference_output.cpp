#include <framewise/cli/output.hpp>
#include <framewise/cli/pack_source.hpp>
#include <framewise/cli/reference_output.hpp>
#include <framewise/cli/stdout_style.hpp>

namespace framewise::cli {

void
add_reference_format(CLI::App& command, std::string& format)
{
  command
    .add_option("--format,-f", format, "Output format: text for people, markdown to paste in docs, json for scripts")
    ->check(CLI::IsMember({"text", "markdown", "json"}))
    ->type_name("text|markdown|json")
    ->capture_default_str();
}

const model::RulePack*
load_pack_or_report(const CommandContext& context)
{
  model::Diagnostics diagnostics;
  const auto* pack = context.load_pack(diagnostics);
  if (!pack) {
    print_diagnostics(diagnostics);
  }
  return pack;
}

ExitCode
print_report(const std::string& output)
{
  if (!write_stdout(output)) {
    print_usage_error("cannot write the report to stdout", "check the disk or the pipe it goes to");
    return ExitCode::bad_input;
  }
  return ExitCode::success;
}

ExitCode
run_pack_report(const CommandContext& context, const std::string& format, const PackReport& renderers)
{
  const auto pack = load_pack_or_report(context);
  if (!pack) {
    return ExitCode::bad_input;
  }
  if (format == "json") {
    return print_report(renderers.json(*pack));
  }
  if (format == "markdown") {
    return print_report(renderers.markdown(*pack));
  }
  return print_report(renderers.text(*pack, stdout_style(context.global)));
}

} // namespace framewise::cli
