#pragma once

// How the questions are described in words, for the three formats of
// `framewise questions` and for the template `framewise init` writes.

#include <framewise/model/pack.hpp>
#include <framewise/model/question.hpp>

#include <string>
#include <string_view>

namespace framewise::report {

// How a question is answered, in words: "one of the options", "true or false",
// "a whole number from 0 to 100", "a list of any of the options (other names
// are accepted too); [] for none".
std::string answer_form(const model::Question& question);

// The option's label when it says more than its id, else empty: "JSON API
// first" for api, nothing for fastapi (FastAPI).
std::string shown_label(const model::Option& option);

// What the questions list says a question defaults to.
inline constexpr std::string_view k_default_text = "none (unanswered, which is neutral)";

// Whether the question is answered with its options (a choice or a list).
bool has_options(const model::Question& question);

// The sentence the text and Markdown lists open with.
std::string questions_intro(const model::RulePack& pack);

} // namespace framewise::report
