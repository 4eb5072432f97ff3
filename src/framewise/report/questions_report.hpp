#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/report/recommendation.hpp>

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

// How a question is answered, in words: "one of the options", "true or false",
// "a whole number from 0 to 100", "a list of any of the options (other names
// are accepted too); [] for none".
std::string answer_form(const model::Question& question);

// The option's label when it says more than its id, else empty: "JSON API
// first" for api, nothing for fastapi (FastAPI).
std::string shown_label(const model::Option& option);

} // namespace framewise::report
