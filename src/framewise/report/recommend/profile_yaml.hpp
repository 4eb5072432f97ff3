#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/model/profile.hpp>

#include <string>

namespace framewise::report {

// `profile` as a profile file (version 1) that load_profile reads back to the
// same answers: answered questions only, in questionnaire order. Free text is
// written as JSON strings, which YAML reads as double-quoted scalars. The
// header comment gives the command that resumes the questionnaire and keeps
// saving to `path`, the file it is written to ("<this file>" when empty).
std::string render_profile_yaml(const model::RulePack& pack, const model::Profile& profile, std::string_view path = {});

// "framewise recommend --profile PATH --ask-missing --save-profile PATH", PATH
// quoted for the shell and with control characters escaped: the command that
// asks the questions `path` leaves unanswered and saves every answer back to it.
std::string resume_command(std::string_view path);

} // namespace framewise::report
