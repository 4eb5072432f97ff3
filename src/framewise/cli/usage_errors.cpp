#include <framewise/cli/options.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/usage_errors.hpp>
#include <framewise/load/spellcheck.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::cli {

namespace {

const CLI::App*
subcommand_named(const CLI::App& parent, std::string_view name)
{
  for (const CLI::App* command : parent.get_subcommands({})) {
    if (command->get_name() == name) {
      return command;
    }
  }
  return nullptr;
}

// The command CLI11 was reading: the deepest one argv names.
const CLI::App*
command_of(const CLI::App& app, int argc, const char* const* argv)
{
  const CLI::App* command = &app;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (takes_global_value(arg)) {
      ++i;
    } else if (!arg.starts_with("-")) {
      const CLI::App* sub = subcommand_named(*command, arg);
      if (sub == nullptr) {
        break;
      }
      command = sub;
    }
  }
  return command;
}

const CLI::Option*
option_named(const CLI::App* command, std::string_view name)
{
  for (; command != nullptr; command = command->get_parent()) {
    for (const CLI::Option* option : command->get_options()) {
      for (const auto& lname : option->get_lnames()) {
        if (name == "--" + lname) {
          return option;
        }
      }
      for (const auto& sname : option->get_snames()) {
        if (name == "-" + sname) {
          return option;
        }
      }
      if (option->get_lnames().empty() && option->get_snames().empty() && name == option->get_name(true)) {
        return option; // a positional
      }
    }
  }
  return nullptr;
}

// The values of a fixed set, from a type name such as "text|json|markdown".
std::vector<std::string>
valid_values(const CLI::Option* option)
{
  std::vector<std::string> values;
  if (option == nullptr) {
    return values;
  }
  std::string type = option->get_type_name();
  type = type.substr(0, type.find(':'));
  if (type.find('|') == std::string::npos) {
    return values;
  }
  for (std::size_t start = 0; start <= type.size();) {
    const std::size_t bar = std::min(type.find('|', start), type.size());
    values.push_back(type.substr(start, bar - start));
    start = bar + 1;
  }
  return values;
}

// The values given to `name` on the command line, as --name VALUE or --name=VALUE.
std::vector<std::string>
given_values(std::string_view name, int argc, const char* const* argv)
{
  std::vector<std::string> values;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == name && i + 1 < argc) {
      values.emplace_back(argv[++i]);
    } else if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=') {
      values.emplace_back(arg.substr(name.size() + 1));
    }
  }
  return values;
}

std::string
one_of(const std::vector<std::string>& values)
{
  return fmt::format("{}", fmt::join(values, ", "));
}

} // namespace

std::string
command_path(const CLI::App& app, int argc, const char* const* argv)
{
  std::vector<std::string> names;
  for (const CLI::App* command = command_of(app, argc, argv); command != nullptr && command != &app;
       command = command->get_parent()) {
    names.insert(names.begin(), command->get_name());
  }
  return fmt::format("{}", fmt::join(names, " "));
}

void
print_parse_error(const CLI::App& app, const CLI::ParseError& error, int argc, const char* const* argv)
{
  const std::string path = command_path(app, argc, argv);
  const std::string help =
    path.empty() ? std::string("run 'framewise --help'") : fmt::format("run 'framewise {} --help'", path);
  const std::string what = error.what();
  // CLI11 starts its messages with the option's name and ": ".
  const std::size_t colon = what.find(": ");
  std::string name = colon == std::string::npos ? std::string() : what.substr(0, colon);
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr && what.ends_with(" is required")) {
    name = what.substr(0, what.size() - std::string_view(" is required").size());
  }
  const CLI::Option* option = name.empty() ? nullptr : option_named(command_of(app, argc, argv), name);
  const std::vector<std::string> values = valid_values(option);
  const std::string expected = values.empty() ? std::string() : fmt::format("; expected one of: {}", one_of(values));

  if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr && option != nullptr) {
    if (!values.empty()) {
      for (const auto& value : given_values(name, argc, argv)) {
        if (std::find(values.begin(), values.end(), value) == values.end()) {
          const std::string suggestion = load::closest_match(value, values);
          print_usage_error(fmt::format("{} '{}' is not one of: {}", name, value, one_of(values)),
                            suggestion.empty() ? help : fmt::format("did you mean '{}'? Or {}", suggestion, help));
          return;
        }
      }
    }
    // A validator of ours: its message is framewise's already.
    print_usage_error(fmt::format("{}: {}", name, what.substr(colon + 2)), help);
    return;
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr && option != nullptr) {
    if (what.find("At Most") != std::string::npos) {
      print_usage_error(fmt::format("{} is given more than once ({}); give it once{}", name,
                                    one_of(given_values(name, argc, argv)), expected),
                        help);
    } else {
      print_usage_error(fmt::format("{} needs a value{}", name, expected), help);
    }
    return;
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr && option != nullptr) {
    print_usage_error(values.empty() ? fmt::format("'framewise {}' needs {}", path, option->get_type_name())
                                     : fmt::format("'framewise {}' needs which one: {}", path, one_of(values)),
                      help);
    return;
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr && option != nullptr) {
    print_usage_error(fmt::format("{} takes no such value{}", name, expected), help);
    return;
  }
  print_usage_error(fmt::format("the command line cannot be read: {}", what), help);
}

} // namespace framewise::cli
