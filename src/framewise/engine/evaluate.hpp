#pragma once

#include <framewise/engine/result.hpp>
#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <cstdint>
#include <vector>

namespace framewise::engine {

// Scores every framework of `pack` for `answers`, ranks them, collects the
// reasons, the common mistakes that fire (they may read the pick) and, for
// each unanswered question, an answer that would change the pick if one does.
// Pure: the same inputs always give the same result.
Result evaluate(const model::RulePack& pack, const model::Answers& answers);

// The answers worth trying for `question` when asking "would an answer change
// the pick?": both booleans, every choice option, the empty list and each
// single list option, and for integers each threshold a scoring rule compares
// it with, with its neighbours, clipped to the question's range.
// Decision::nothing_answered when no reason of `ranking` names an answer (no
// answer given moves any score: only rules that always apply or that fire on
// unanswered questions fired); otherwise Decision::tie when the first two have
// the same raw total; otherwise Decision::decided.
Decision decision_of(const std::vector<FrameworkResult>& ranking);

std::vector<model::Answer> candidate_answers(const model::RulePack& pack, std::uint32_t question);

} // namespace framewise::engine
