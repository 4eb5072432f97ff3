#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/condition.hpp>
#include <framewise/model/question.hpp>

#include <cstdint>
#include <vector>

namespace framewise::engine {

// Whether `op` compares an answer (not all, any or not).
bool is_comparison(model::Op op);

// The answers `framewise rules lint` tries for question `index` in `condition`,
// unanswered first: each option, both booleans, each number the condition
// compares with and its neighbours within the question's range, and for lists
// the empty list, each option alone, every option, and each set the condition
// names. Enough to meet every comparison the condition makes both ways.
std::vector<model::Answer> lint_candidates(const model::Question& question, std::uint32_t index,
                                           const model::Condition& condition);

} // namespace framewise::engine
