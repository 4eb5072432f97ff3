#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/question.hpp>
#include <framewise/model/source_pos.hpp>

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

// A position in a file as every JSON report writes it:
// {"path": ..., "line": ..., "column": ...}.
nlohmann::ordered_json location_json(const model::SourcePos& pos);

} // namespace framewise::report
