#pragma once

#include <framewise/load/source_text.hpp>
#include <framewise/load/yaml_reader.hpp>
#include <framewise/model/diagnostic.hpp>
#include <framewise/model/pack.hpp>
#include <framewise/model/profile.hpp>

#include <optional>

namespace framewise::load {

// Loads a project profile (YAML or JSON) against the questions of `pack`:
//   version: 1          # optional, must be 1
//   name: billing-api   # optional
//   answers: {QUESTION: VALUE, ...}
// A null answer (`needs_admin:` or `~`) leaves the question unanswered.
// Reports every unknown key or question (with a suggestion), wrong type,
// out-of-range value and unknown option at its position. Returns nothing when
// any problem was added to `diagnostics`.
std::optional<model::Profile> load_profile(const SourceText& source, const model::RulePack& pack,
                                           model::Diagnostics& diagnostics);

// Reads an `answers:` map written inside another file (a rule pack's test
// case) exactly as a profile's, reporting through `reader`. Nothing when it
// reported a problem.
std::optional<model::Profile> read_answers(YamlReader& reader, YamlNode answers, const model::RulePack& pack);

} // namespace framewise::load
