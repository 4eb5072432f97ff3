#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/report/text_style.hpp>

#include <string>

namespace framewise::report {

// Every question of the pack in questionnaire order, with its id, prompt,
// type, options (or range), default and help. Questions have no default
// answer: unanswered is the default, and it is neutral. JSON is
//   {"schema_version": 1, "questions": [{"id", "prompt", "help", "type",
//    "options": [{"id", "label"}] (choice, list), "open" (list),
//    "min", "max" (integer), "default": null, "source"}]}
std::string render_questions_text(const model::RulePack& pack, const TextStyle& style);
std::string render_questions_markdown(const model::RulePack& pack);
std::string render_questions_json(const model::RulePack& pack);

} // namespace framewise::report
