#pragma once

#include <framewise/report/recommend/recommendation.hpp>
#include <framewise/report/text_style.hpp>

#include <cstddef>
#include <string>

namespace framewise::report {

// A part of the text report (recommendation_text.cpp), ending in a newline;
// `width` is the number of columns to fit.
//
// One bar per framework, best first, scaled so a full line is 100 points, with
// how far each trails the pick.
std::string score_bars(const RecommendationView& view, const TextStyle& style, std::size_t width);

} // namespace framewise::report
