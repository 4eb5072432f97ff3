#pragma once

#include <framewise/load/pack_loader.hpp>

#include <span>
#include <string_view>

namespace framewise::load {

// The YAML files of the built-in rule pack (rules/ and data/ of the source
// tree), embedded into the binary at build time so framewise runs from any
// directory with no files beside it. Names are the files' source-tree paths.
// Parsed only when `--rules DIR` layers on top of the built-in pack.
std::span<const SourceText> embedded_pack_files();

// The same pack, loaded and checked from those files at build time by
// framewise_compile_pack and stored in the form of load/pack_blob.hpp, so the
// usual start restores it with decode_pack in microseconds, parsing no YAML.
std::string_view embedded_pack_bytes();

} // namespace framewise::load
