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
// packs of up to 16 frameworks. `make bench` times it against a table-driven
// plan for scoring many answer sets (bench/scoring_plan.hpp), which must match
// it bit for bit; no command scores in bulk, so the plan lives in bench/.
std::uint32_t top_pick(const model::RulePack& pack, const model::Answers& answers);

// Scores are shares of one whole (a softmax over the frameworks): framework
// f scores 100 * e^(raw[f] / scale) / (sum over every framework g of
// e^(raw[g] / scale)), so the scores add up to 100, equal raw totals score
// equally (100 / count each when nothing moves them) and ranking by score is
// ranking by raw total. Computed as 100 / sum_g e^((raw[g] - raw[f]) / scale),
// which never overflows for the leader (every exponent is <= 0) and tends to 0,
// not NaN, for a framework far behind.
//
// Why shares, not one curve per framework: a score that depends on the
// differences raw[g] - raw[f] only gives the promise users and --min-margin
// rely on. If a change of answers raises raw[x] by at least as much as it
// raises every other raw[g], then (1) x's score does not fall, since no
// difference raw[g] - raw[x] grows; and (2) for every rival y that x leads or
// ties (raw[x] >= raw[y]), lead_of(x, y) does not shrink and y cannot
// overtake x, since lead_of(x, y) = score[x] * (1 - e^((raw[y] - raw[x]) /
// scale)) is a product of two factors that are >= 0 and do not fall. The
// promise is about rivals x leads: a framework behind y may see its (negative)
// difference to y widen when a third framework drops, because y takes the
// larger part of the freed share.
double to_score(std::span<const double> raw, std::size_t framework, double scale);

// How far framework `ahead` leads framework `behind` in score points, from
// unrounded scores: score[ahead] - score[behind], computed as score[ahead] *
// -expm1((raw[behind] - raw[ahead]) / scale) so that it is exact near 0 and,
// like the property above, never falls while raw[ahead] - raw[behind] grows and
// score[ahead] does not fall.
double lead_of(std::span<const double> raw, std::size_t ahead, std::size_t behind, double scale);

// A score or lead as reports show it: rounded to a tenth. Only for display:
// every comparison (confidence, --min-margin, framework-mismatch, what-if)
// uses the unrounded value.
double shown(double points);

// The lead of the first framework (best_of) over the second for raw totals
// `raw`, unrounded (0 with a single framework). The one definition
// Result::margin and every what-if claim use.
double margin_of(std::span<const double> raw, double scale);

} // namespace framewise::engine
