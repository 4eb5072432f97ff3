#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/model/profile.hpp>

#include <string>

namespace framewise::report {

// `profile` as a profile file (version 1) that load_profile reads back to the
// same answers: answered questions only, in questionnaire order. Free text is
// written as JSON strings, which YAML reads as double-quoted scalars.
std::string render_profile_yaml(const model::RulePack& pack, const model::Profile& profile);

} // namespace framewise::report
