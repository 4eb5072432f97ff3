#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <cstdint>
#include <span>

namespace framewise::engine {

// Adds up the effects of every scoring rule whose condition holds for `answers`
// into `raw` (one slot per framework, overwritten). Allocates nothing.
void add_up(const model::RulePack& pack, const model::Answers& answers, std::span<double> raw);

// The framework with the highest raw total; ties go to the framework listed
// first in the pack, so the same answers always give the same pick.
std::uint32_t best_of(std::span<const double> raw);

// The engine's pick for `answers`: add_up then best_of, without allocating for
// packs of up to 16 frameworks.
std::uint32_t top_pick(const model::RulePack& pack, const model::Answers& answers);

// Maps a raw total to a 0-100 score on a logistic curve: 0 points (no evidence
// either way) is 50, `scale` points is about 73, minus `scale` about 27. It is
// monotonic, so scores rank exactly as raw totals do, and it never clips.
double to_score(double raw, double scale);

} // namespace framewise::engine
