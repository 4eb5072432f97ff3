#pragma once

#include <framewise/report/json_writer.hpp>
#include <framewise/report/recommend/recommendation.hpp>

namespace framewise::report {

// The parts of the JSON document that --what-if and --explain add, each
// written as one value into `out` (streamed like the rest of the report:
// building them as nlohmann documents was most of an --explain run).

// The profile's answer to question `q`, as answer_json shows it.
void write_profile_answer(JsonWriter& out, const RecommendationView& view, std::uint32_t q);

// Every flip point: {"question", "answer", "recommendation", "from", "margin"},
// smallest change first. Needs view.flips.
void write_flips(JsonWriter& out, const RecommendationView& view);

// One entry per framework that is not first: {"framework", "found", "changes":
// [{"question", "answer", "from"}], "margin"}. Needs view.paths.
void write_paths(JsonWriter& out, const RecommendationView& view);

// One entry per scoring rule, in pack order: {"rule", "state" (fired,
// not_fired or open), "fired",
// "effects": {framework: points}, "source", "text", "answers": [{"question",
// "answer", "test", "holds"}]}. Needs view.explanation.
void write_explain(JsonWriter& out, const RecommendationView& view);

// With sensitivity's `moved` columns, each framework's raw total: the effects
// of the fired rules no answer decides, {"fastapi": points, ...}.
void write_unattributed(JsonWriter& out, const RecommendationView& view);

// How raw totals became scores: {"formula", "scale", "frameworks": [{"framework",
// "raw", "score"}]}.
void write_scoring(JsonWriter& out, const RecommendationView& view);

// Per answered question, how far its answer moved each framework, largest
// first: [{"question", "answer", "moved": {framework: points}}].
void write_sensitivity(JsonWriter& out, const RecommendationView& view);

} // namespace framewise::report
