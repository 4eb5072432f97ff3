#include <framewise/cli/completion_spec.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace framewise::cli {

namespace {

std::vector<std::string>
split(std::string_view text, char separator)
{
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(separator, start), text.size());
    parts.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

bool
is_lower_word(std::string_view word)
{
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

bool
contains(const std::vector<std::string>& words, std::string_view word)
{
  return std::find(words.begin(), words.end(), word) != words.end();
}

CompletionOption
read_option(const CLI::Option& option, const NamedValues& named_values)
{
  CompletionOption read;
  read.long_names = option.get_lnames();
  read.short_names = option.get_snames();
  read.description = option.get_description();
  read.value =
    read_value_kind(option.get_type_name(), option.get_name(true), option.get_expected_max() == 0, named_values);
  return read;
}

CompletionCommand
read_command(const CLI::App& command, const std::vector<CompletionOption>& inherited, const NamedValues& named_values)
{
  CompletionCommand read;
  read.name = command.get_name();
  read.description = command.get_description();
  for (const CLI::Option* option : command.get_options()) {
    if (option->nonpositional()) {
      read.options.push_back(read_option(*option, named_values));
    } else {
      read.positional = read_option(*option, named_values).value;
    }
  }
  for (const CompletionOption& option : inherited) {
    const bool hidden_by_own = std::any_of(read.options.begin(), read.options.end(), [&](const CompletionOption& own) {
      return own.long_names == option.long_names && own.short_names == option.short_names;
    });
    // -h/--help is each command's own; the root's --version is for the root only.
    if (!hidden_by_own && !contains(option.long_names, "version")) {
      read.options.push_back(option);
    }
  }
  for (const CLI::App* subcommand : command.get_subcommands({})) {
    read.subcommands.push_back(read_command(*subcommand, read.options, named_values));
  }
  return read;
}

} // namespace

CompletionValue
read_value_kind(const std::string& type_name, const std::string& positional_name, bool is_flag,
                const NamedValues& named_values)
{
  if (is_flag) {
    return {};
  }
  const std::vector<std::string> parts = split(type_name, ':');
  for (const std::string& part : parts) {
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') { // CLI::IsMember
      return {ValueKind::choice, split(std::string_view(part).substr(1, part.size() - 2), ',')};
    }
  }
  const std::string base = parts.front().empty() ? positional_name : parts.front();
  if (const auto named = named_values.find(base); named != named_values.end()) {
    return {ValueKind::choice, named->second};
  }
  const std::vector<std::string> alternatives = split(base, '|');
  if (alternatives.size() > 1 && std::all_of(alternatives.begin(), alternatives.end(), is_lower_word)) {
    return {ValueKind::choice, alternatives};
  }
  if (contains(alternatives, "FILE") || contains(alternatives, "PROFILE")) {
    return {ValueKind::file, {}};
  }
  if (contains(alternatives, "DIR")) {
    return {ValueKind::directory, {}};
  }
  return {ValueKind::free, {}};
}

CompletionCommand
read_completion_tree(const CLI::App& app, const NamedValues& named_values)
{
  return read_command(app, {}, named_values);
}

} // namespace framewise::cli
