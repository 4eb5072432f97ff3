#include <framewise/cli/output.hpp>
#include <framewise/cli/pack_source.hpp>
#include <framewise/cli/reference_output.hpp>
#include <framewise/cli/terminal.hpp>

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

report::TextStyle
stdout_style(const GlobalOptions& global)
{
  return report::TextStyle{use_color(global.color) ? report::Color::on : report::Color::off, output_width()};
}

const model::RulePack*
load_pack_or_report(const GlobalOptions& global)
{
  model::Diagnostics diagnostics;
  const auto* pack = load_rule_pack(global, diagnostics);
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
run_pack_report(const GlobalOptions& global, const std::string& format, const PackReport& renderers)
{
  const auto pack = load_pack_or_report(global);
  if (!pack) {
    return ExitCode::bad_input;
  }
  if (format == "json") {
    return print_report(renderers.json(*pack));
  }
  if (format == "markdown") {
    return print_report(renderers.markdown(*pack));
  }
  return print_report(renderers.text(*pack, stdout_style(global)));
}

} // namespace framewise::cli
