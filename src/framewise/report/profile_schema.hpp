#pragma once

#include <framewise/model/pack.hpp>

#include <string>

namespace framewise::report {

// The JSON Schema (draft 2020-12) of a profile file for the questions of
// `pack`: the keys version/name/answers, and under answers each question with
// its type, range or options (null leaves it unanswered). Unknown keys are
// refused, as the loader refuses them. data/schema/profile.schema.json is this
// document for the built-in pack, pretty-printed, ending in a newline.
std::string render_profile_schema(const model::RulePack& pack);

} // namespace framewise::report
