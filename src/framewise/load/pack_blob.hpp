#pragma once

#include <framewise/model/pack.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace framewise::load {

// A loaded rule pack as bytes, so the built-in pack can be checked and compiled
// from its YAML at build time and restored at start-up in microseconds, with no
// YAML parser involved. The bytes are the same on every host (little-endian,
// fixed widths), and hold every field of the model, positions included.
std::string encode_pack(const model::RulePack& pack);

// Which parts of a pack to decode.
enum class PackParts
{
  all,
  // Frameworks, questions, rules, mistakes and the score scale: what
  // recommending reads. The comparison table, debug guide, cheat sheet and
  // scan evidence table are left empty (checked, not stored), which saves a quarter of the decoding.
  scoring,
};

// The pack `bytes` hold, or nothing when they are not a whole pack of this
// format version (truncated, trailing bytes, an out-of-range enum).
std::optional<model::RulePack> decode_pack(std::string_view bytes, PackParts parts = PackParts::all);

} // namespace framewise::load
