#pragma once

#include <framewise/load/source_text.hpp>
#include <framewise/model/diagnostic.hpp>
#include <framewise/model/pack.hpp>

#include <optional>
#include <span>
#include <vector>

namespace framewise::load {

// The files of one rule-pack layer: the embedded pack, or one `--rules DIR`.
struct PackLayer
{
  std::vector<SourceText> files;
};

// Loads a rule pack from `layers`, in order. Each file is a YAML map whose keys
// are sections (frameworks, questions, scoring, rules, mistakes, comparison,
// debug_guide, cheat_sheet); every section but scoring is a list of items with
// an `id`. An item in a later layer replaces the earlier item with the same id,
// which is how `--rules DIR` overrides the embedded pack; the same id twice in
// one layer is an error. Cross-checks every name a rule uses. Returns nothing
// when any problem was added to `diagnostics`.
std::optional<model::RulePack> load_pack(std::span<const PackLayer> layers, model::Diagnostics& diagnostics);

} // namespace framewise::load
