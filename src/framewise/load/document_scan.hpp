#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace framewise::load {

// The most values YAML aliases (`*name`) may stand for in one file. yaml-cpp
// shares an aliased node instead of copying it, but every walk over the
// document visits it once per alias, so nested aliases ("billion laughs")
// would make a 1 KB file cost billions of steps.
inline constexpr std::size_t k_max_alias_expansion = 10000;

// What a scan of the YAML events found wrong with a text before it is built
// into nodes, at byte `offset`.
struct DocumentProblem
{
  enum class Kind {
    stuck,           // the parser cannot start a node here (a stray ',' at the
                     // top level) and yaml-cpp would loop forever on it
    second_document, // a second document starts here ('---')
    alias_expansion, // this alias takes the total past k_max_alias_expansion
    alias_cycle,     // this alias names a node it is inside of
  };
  Kind kind;
  std::size_t offset;
};

// Scans `text` with yaml-cpp's event parser, building nothing, and stops at the
// first problem. When it finds none, the text holds at most one document, so
// YAML::Load reads all of it and nothing loops. Throws YAML::Exception on
// malformed YAML, like YAML::Load would.
std::optional<DocumentProblem> scan_document(std::string_view text);

} // namespace framewise::load
