#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bench {

// `count` random answer sets that are valid for `pack` (what load_profile could
// produce): about four questions in five answered, choices and list items
// among the options, integers within range and often at a rule's threshold.
// Deterministic for a given `seed`.
std::vector<framewise::model::Answers> random_profiles(const framewise::model::RulePack& pack, std::size_t count,
                                                       std::uint64_t seed = 42);

} // namespace bench
