#pragma once

#include <framewise/cli/completion_spec.hpp>

#include <string>

namespace framewise::cli {

// The completion script of each shell for the command tree `root` (read by
// read_completion_tree from the declarations --help prints). Pure text: the
// scripts hold every command, option and value list, so they complete without
// running framewise.
std::string bash_completion_script(const CompletionCommand& root);
std::string zsh_completion_script(const CompletionCommand& root);
std::string fish_completion_script(const CompletionCommand& root);

// The first sentence of a help text, without the characters the shells'
// quoting would need escaped (quotes, brackets, colons, backslashes,
// dollars, backquotes): what zsh and fish show beside a candidate.
std::string short_description(const std::string& description);

} // namespace framewise::cli
