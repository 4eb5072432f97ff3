#pragma once

#include <cstdint>
#include <string>

namespace framewise::model {

// Where a value came from in a YAML or JSON file; 1-based. A default-constructed
// position (line 0) means "no position", e.g. for a value built in code.
struct SourcePos
{
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  bool
  known() const
  {
    return line > 0;
  }

  friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

} // namespace framewise::model
