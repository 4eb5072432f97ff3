#pragma once

#include <framewise/report/recommend/recommendation.hpp>
#include <framewise/report/text_style.hpp>

#include <cstddef>
#include <string>

namespace framewise::report {

// A part of the text report (recommendation_text.cpp), ending in a newline;
// `width` is the number of columns to fit.
//
// --what-if: the flip points as a short ranked list with the new pick, and the
// fewest changes that would make each other framework first. Needs view.flips
// and view.paths.
std::string what_if_text(const RecommendationView& view, const TextStyle& style, std::size_t width);

} // namespace framewise::report
