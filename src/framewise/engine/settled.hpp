#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <cstdint>
#include <vector>

namespace framewise::engine {

// True when no answers to the `pending` questions (pending[q] is true for each
// question still to be asked) can change the pick for `answers`. Sound, not
// exact: a rule that may still fire or not is assumed to go the worst way for
// the current leader and the best way for each challenger, so "settled" is
// never claimed wrongly, though it may be claimed later than strictly possible.
bool pick_is_settled(const model::RulePack& pack, const model::Answers& answers, const std::vector<bool>& pending);

// The scoring rules whose condition reads `question`, in pack order.
std::vector<std::uint32_t> rules_reading(const model::RulePack& pack, std::uint32_t question);

} // namespace framewise::engine
