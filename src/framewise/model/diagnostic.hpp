#pragma once

#include <framewise/model/source_pos.hpp>

#include <string>
#include <vector>

namespace framewise::model {

// Which input an error is about. It is the first word of every error message so
// a user (and a CI log) can tell a bad profile from a bad rule pack at a glance.
// `output` is a file framewise was asked to write and could not (an I/O
// problem, not a mistake in the command line). `scan` is a repository file
// `framewise scan` could not read.
enum class Domain
{
  profile,
  rules,
  usage,
  output,
  scan
};

// One problem found while loading input, with enough context to print
// `file:line:col: domain: message`, the offending source line and a caret.
struct Diagnostic
{
  Domain domain = Domain::profile;
  SourcePos pos;
  std::string message;
  std::string hint;        // optional second line, e.g. "did you mean 'x'?"
  std::string source_line; // the text of line `pos.line`, empty when unknown
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace framewise::model
