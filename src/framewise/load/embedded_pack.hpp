#pragma once

#include <framewise/load/pack_loader.hpp>

#include <span>

namespace framewise::load {

// The YAML files of the built-in rule pack (rules/ and data/ of the source
// tree), embedded into the binary at build time so framewise runs from any
// directory with no files beside it. Names are the files' source-tree paths.
std::span<const SourceText> embedded_pack_files();

} // namespace framewise::load
