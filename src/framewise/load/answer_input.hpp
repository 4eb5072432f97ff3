#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/question.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace framewise::load {

struct TypedAnswer
{
  model::Answer answer;
  std::vector<std::string> other_items; // open-list items no option names
};

// Parses what a user typed at the questionnaire's prompt for `question`:
//   boolean: y, n, yes, no, true, false (any case)
//   integer: a whole number in the question's range
//   choice:  an option's number (1-based, as listed) or its id
//   list:    comma-separated numbers or ids; "none" for an empty list
// Returns the answer, or a message saying what was wrong and what is expected.
std::variant<TypedAnswer, std::string> parse_typed_answer(const model::Question& question, std::string_view text);

} // namespace framewise::load
