#pragma once

#include <framewise/report/recommend/recommendation.hpp>
#include <framewise/report/text_style.hpp>

#include <cstddef>
#include <string>

namespace framewise::report {

// A part of the text report (recommendation_text.cpp), ending in a newline;
// `width` is the number of columns to fit.
//
// --explain: raw totals to scores, every rule grouped by framework (state,
// signed effect, source, deciding answers), and the sensitivity table. Needs
// view.explanation.
std::string explain_text(const RecommendationView& view, const TextStyle& style, std::size_t width);

} // namespace framewise::report
