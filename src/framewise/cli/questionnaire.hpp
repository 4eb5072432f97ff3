#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/model/profile.hpp>

#include <string>

namespace framewise::cli {

// finished_unsaved: every question was asked (or Ctrl-D), but the last save to
// the file failed, so the file does not hold every answer.
enum class QuestionnaireEnd
{
  finished,
  finished_unsaved,
  interrupted
};

// Asks, on the terminal, every question of `pack` that `profile` leaves
// unanswered, one at a time, and records the answers in `profile`. Prompts and
// help go to stderr so stdout stays clean for the report. When `save_path` is
// not empty the profile is written there (atomically) after every answer; a
// failed save is said at once. `save_path_holds_profile`: the file already
// holds the profile being completed (resuming into the same file).
// Ctrl-D stops asking (the rest stays unanswered); Ctrl-C returns
// `interrupted` after saying where the answers are and how to resume.
QuestionnaireEnd ask_questions(const model::RulePack& pack, model::Profile& profile, const std::string& save_path,
                               bool save_path_holds_profile = false);

} // namespace framewise::cli
