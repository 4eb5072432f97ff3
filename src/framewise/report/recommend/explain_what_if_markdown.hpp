#pragma once

#include <framewise/report/recommend/recommendation.hpp>

#include <string>

namespace framewise::report {

// The --explain and --what-if sections of the decision record.
std::string explain_markdown(const RecommendationView& view);
std::string what_if_markdown(const RecommendationView& view);

} // namespace framewise::report
