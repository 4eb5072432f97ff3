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
// packs of up to 16 frameworks. To score many answer sets against one pack,
// make a ScoringPlan (scoring_plan.hpp) once: same results, twice as fast.
std::uint32_t top_pick(const model::RulePack& pack, const model::Answers& answers);

// Maps a raw total to a 0-100 score on a logistic curve: 0 points (no evidence
// either way) is 50, `scale` points is about 73, minus `scale` about 27. It is
// monotonic, so scores rank exactly as raw totals do, and it never clips.
double to_score(double raw, double scale);

// The score as reports show it: to_score rounded to a tenth. Margins are
// differences of shown scores, so a claimed margin is what the report prints.
double shown_score(double raw, double scale);

// How far shown score `ahead` leads shown score `behind`, rounded to a tenth
// (so 95.5 - 51.2 is 44.3, not 44.299999).
double score_gap(double ahead, double behind);

// The lead of the first framework over the second for raw totals `raw`, in
// shown-score points rounded to a tenth (0 with a single framework). The one
// definition Result::margin and every what-if claim use.
double margin_of(std::span<const double> raw, double scale);

} // namespace framewise::engine
