#pragma once

#include <framewise/report/recommendation.hpp>

#include <cstddef>
#include <string>

namespace framewise::report {

// Parts of the text report, each ending in a newline; `width` is the number
// of columns to fit.

// One bar per framework, best first, scaled so a full line is 100 points, with
// how far each trails the pick.
std::string score_bars(const RecommendationView& view, const TextStyle& style, std::size_t width);

// --what-if: the flip points as a short ranked list with the new pick, and the
// fewest changes that would make each other framework first. Needs view.flips
// and view.paths.
std::string what_if_text(const RecommendationView& view, const TextStyle& style, std::size_t width);

// --explain: raw totals to scores, every rule grouped by framework (state,
// signed effect, source, deciding answers), and the sensitivity table. Needs
// view.explanation.
std::string explain_text(const RecommendationView& view, const TextStyle& style, std::size_t width);

} // namespace framewise::report
