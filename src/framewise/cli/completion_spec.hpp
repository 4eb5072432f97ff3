#pragma once

#include <map>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace framewise::cli {

// What a shell may offer for an option's value or a positional argument.
enum class ValueKind
{
  none,      // a flag: takes no value
  free,      // any text: nothing to offer
  file,      // a path to a file (or a directory of them)
  directory, // a path to a directory
  choice,    // one of `choices`
};

struct CompletionValue
{
  ValueKind kind = ValueKind::none;
  std::vector<std::string> choices;
};

struct CompletionOption
{
  std::vector<std::string> long_names;  // without "--"
  std::vector<std::string> short_names; // without "-"
  std::string description;
  CompletionValue value;
};

// One command of the command line: the root (name "framewise") or a subcommand.
struct CompletionCommand
{
  std::string name;
  std::string description;
  std::vector<CompletionOption> options; // its own options, then those it inherits
  CompletionValue positional;            // kind none when it takes no positional argument
  std::vector<CompletionCommand> subcommands;
};

// Type names whose values the program knows but CLI11 does not, e.g.
// "FRAMEWORK" -> the framework ids of the built-in pack.
using NamedValues = std::map<std::string, std::vector<std::string>>;

// Reads the command tree from the CLI11 declarations `--help` prints, so that
// completion cannot drift from them. A value's kind comes from its type name:
// the choices of a CLI::IsMember check ("{a,b}") or a "a|b" type name of
// lower-case words, a NamedValues entry, FILE/PROFILE for files, DIR for
// directories. Options of a command are also offered below it (the program
// accepts global options after the command).
CompletionCommand read_completion_tree(const CLI::App& app, const NamedValues& named_values);

// Reads one option's value kind from CLI11's full type name (e.g.
// "WHEN:{auto,always,never}", "PROFILE|DIR", "FILE"), falling back to its
// positional name when the type name is empty.
CompletionValue read_value_kind(const std::string& type_name, const std::string& positional_name, bool is_flag,
                                const NamedValues& named_values);

} // namespace framewise::cli
