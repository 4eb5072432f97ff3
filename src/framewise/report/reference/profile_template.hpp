#pragma once

#include <framewise/model/pack.hpp>

#include <string>
#include <string_view>

namespace framewise::report {

// A profile file (version 1) with every question of the pack answered `null`
// (unanswered, so neutral), each commented with its prompt, help and the
// answers it takes, ready to fill in. It loads without error as it is.
// `file_name` is the name the comments tell the user to pass to --profile.
std::string render_profile_template(const model::RulePack& pack, std::string_view file_name);

} // namespace framewise::report
