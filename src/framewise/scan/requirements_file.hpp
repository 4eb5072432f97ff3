#pragma once

#include <framewise/scan/dependency.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace framewise::scan {

enum class IncludeKind : std::uint8_t
{
  requirement,
  constraint
}; // -r, -c

// A `-r FILE` or `-c FILE` line: FILE as written, relative to the including file.
struct RequirementsInclude
{
  std::string target;
  IncludeKind kind = IncludeKind::requirement;
  model::SourcePos pos;    // of the option
  std::string source_line; // the physical line it is on, for messages
};

struct RequirementsFile
{
  ManifestRead read; // dependencies are `declared`, or `lock` in pip-compile/uv output (see below)
  std::vector<RequirementsInclude> includes;
};

// Reads a pip requirements file, following pip's "Requirements File Format":
// a line ending in '\' is joined with the next before comments are removed
// (a comment line ends the join); '#' starts a comment only at the start of a
// line or after whitespace; a line is either options (-r/--requirement,
// -c/--constraint, -e/--editable, --index-url...) or a requirement with
// per-requirement options (--hash, --config-settings). A requirement is
// PEP 508, or a URL or path named by its `#egg=` fragment; a URL or path
// without one is noted (nothing says what it installs). `${VAR}` is left as
// written. Output of pip-compile and `uv pip compile` (recognised by their
// header) lists everything installed: a requirement there is a `lock` unless
// its "# via" comment names a `-r` input, which makes it `declared`.
// `path` is used only in messages and positions. Linear in the text's size.
RequirementsFile parse_requirements_file(std::string_view text, const std::string& path);

} // namespace framewise::scan
