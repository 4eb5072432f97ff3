#pragma once

#include <framewise/report/recommendation.hpp>

#include <nlohmann/json.hpp>

namespace framewise::report {

// The parts of the JSON document that --what-if and --explain add.

// Every flip point: {"question", "answer", "recommendation", "from", "margin"},
// smallest change first. Needs view.flips.
nlohmann::ordered_json flips_json(const RecommendationView& view);

// One entry per framework that is not first: {"framework", "found", "changes":
// [{"question", "answer", "from"}], "margin"}. Needs view.paths.
nlohmann::ordered_json paths_json(const RecommendationView& view);

// One entry per scoring rule, in pack order: {"rule", "state" (fired,
// not_fired or open), "fired",
// "effects": {framework: points}, "source", "text", "answers": [{"question",
// "answer", "test", "holds"}]}. Needs view.explanation.
nlohmann::ordered_json explain_json(const RecommendationView& view);

// How raw totals became scores: {"formula", "scale", "frameworks": [{"framework",
// "raw", "score"}]}.
nlohmann::ordered_json scoring_json(const RecommendationView& view);

// Per answered question, how far its answer moved each framework, largest
// first: [{"question", "answer", "moved": {framework: points}}].
nlohmann::ordered_json sensitivity_json(const RecommendationView& view);

} // namespace framewise::report
