#include <framewise/cli/completion_command.hpp>
#include <framewise/cli/completion_scripts.hpp>
#include <framewise/cli/completion_spec.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/reference_output.hpp>

#include <vector>

namespace framewise::cli {

CLI::App*
add_completion_command(CLI::App& app, CompletionOptions& options)
{
  auto* command = app.add_subcommand(
    "completion", "Print the Tab-completion script for a shell: bash, zsh or fish. It completes every command, "
                  "option and option value --help lists.");
  command->add_option("shell", options.shell, "bash, zsh or fish")
    ->required()
    ->check(CLI::IsMember({"bash", "zsh", "fish"}))
    ->type_name("SHELL");
  command->footer("Installed copies come with the packages; to load it by hand:\n"
                  "  bash: source <(framewise completion bash)\n"
                  "  zsh:  framewise completion zsh > ~/.zfunc/_framewise  (a directory in $fpath)\n"
                  "  fish: framewise completion fish > ~/.config/fish/completions/framewise.fish");
  return command;
}

ExitCode
run_completion(const CommandContext& context, const CompletionOptions& options)
{
  model::Diagnostics diagnostics;
  const auto* pack = context.load_pack(diagnostics);
  if (pack == nullptr) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  std::vector<std::string> frameworks;
  for (const auto& framework : pack->frameworks) {
    frameworks.push_back(framework.id);
  }
  const CompletionCommand root = read_completion_tree(*context.app, {{"FRAMEWORK", frameworks}});
  const std::string script = options.shell == "zsh"    ? zsh_completion_script(root)
                             : options.shell == "fish" ? fish_completion_script(root)
                                                       : bash_completion_script(root);
  return print_report(script);
}

} // namespace framewise::cli
