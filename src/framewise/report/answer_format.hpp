#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/question.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace framewise::report {

// An answer as a profile would spell it, for JSON: true, 2000, "api", ["flask"].
// `other_items` are an open list's free-form items (may be null).
nlohmann::ordered_json answer_json(const model::Question& question, const model::Answer& answer,
                                   const std::vector<std::string>* other_items = nullptr);

// The same for text: "true", "2000", "api", "[flask, django]", "[]".
std::string answer_text(const model::Question& question, const model::Answer& answer,
                        const std::vector<std::string>* other_items = nullptr);

} // namespace framewise::report
