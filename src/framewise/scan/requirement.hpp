#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::scan {

// The start of a PEP 508 requirement: the distribution name and its extras.
// What follows them (version specifiers, `@ URL`, `; markers`) is checked only
// as far as telling a requirement from something else: scan needs the name.
struct ParsedRequirement
{
  std::string name;                // normalised (PEP 503)
  std::string written_name;        // as written
  std::vector<std::string> extras; // normalised (PEP 685)
  std::size_t name_offset = 0;     // byte offset of the name in the text
  std::string error;               // empty when the text is a requirement
  std::size_t error_offset = 0;

  bool
  ok() const
  {
    return error.empty();
  }
};

// Parses `text` (one requirement, e.g. `uvicorn[standard]==0.30; python_version>="3.9"`).
// Fails, with a message and the offset of the problem, when it does not start
// with a PEP 508 name, when an extras list is not closed or holds a bad name,
// or when the name is followed by something no requirement has.
ParsedRequirement parse_requirement(std::string_view text);

// The `#egg=name[extras]` fragment of a URL or path (pip's legacy way to name
// what a URL holds), parsed like a requirement; error "no #egg= fragment" when absent.
ParsedRequirement parse_egg_fragment(std::string_view url);

} // namespace framewise::scan
