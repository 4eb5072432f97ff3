#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::scan {

// One simple command of a POSIX shell text: its words after quote removal,
// and the byte offset of its first word in the text.
struct SimpleCommand
{
  std::vector<std::string> words;
  std::size_t offset = 0;
};

struct ShellSplit
{
  std::vector<SimpleCommand> commands;
  std::string error; // an unclosed quote; commands hold what came before it
  std::size_t error_offset = 0;
};

// Splits `text` as sh splits a command line, well enough to find what it
// runs: blanks separate words; '...' is literal; "..." keeps $, ` and \ only
// before $ ` " \ and newline; a backslash outside quotes quotes the next
// character (and joins lines before a newline); # starts a comment at the
// start of a word. ; & && | || ( ) and newlines end a simple command;
// redirections (> file, 2>&1, < file) are dropped. Expansions ($VAR, $(...),
// `...`) are kept as written: scan never runs anything. Linear in the text.
ShellSplit split_shell(std::string_view text);

// A word that is a shell variable assignment: NAME=value, NAME a letter or
// '_' followed by letters, digits and '_'.
bool is_assignment(std::string_view word);

} // namespace framewise::scan
