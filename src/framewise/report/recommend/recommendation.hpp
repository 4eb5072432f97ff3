#pragma once

#include <framewise/engine/explain.hpp>
#include <framewise/engine/result.hpp>
#include <framewise/engine/what_if.hpp>
#include <framewise/model/pack.hpp>
#include <framewise/model/profile.hpp>
#include <framewise/report/text_style.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace framewise::report {

// Everything a recommendation report shows.
struct RecommendationView
{
  const model::RulePack& pack;
  const model::Profile& profile;
  const engine::Result& result;
  // Every single-answer change that flips the pick (engine::flip_points), for
  // the confidence; nullptr when not computed.
  const std::vector<engine::FlipPoint>* flips = nullptr;
  // --what-if: the paths to each other framework; flips are listed in full.
  const std::vector<engine::PathTo>* paths = nullptr;
  // --explain: every rule's state and the sensitivity to each answer.
  const engine::Explanation* explanation = nullptr;
};

// The JSON document of the man page's OUTPUT/JSON section and
// data/schema/output.schema.json (schema_version 1), pretty-printed, ending in a
// newline. Always `confidence` and `one_answer_flips`; with `paths`, `what_if`
// lists every flip point (with `from` and `margin`) and `paths_to` the fewest
// changes to each other framework; with `explanation`, `explain` (one entry per
// rule), `scoring` and `sensitivity`. Deterministic: the same view gives the
// same bytes.
std::string render_json(const RecommendationView& view);

// The human report: the pick with its confidence, a score bar per framework,
// the strongest reasons for and against each framework, the mistakes that fire
// with their fixes, and the unanswered questions that could change the pick;
// then, when the view has them, the what-if and explain sections.
std::string render_text(const RecommendationView& view, const TextStyle& style);

// An architecture decision record in the MADR layout (Markdown), ending in a
// newline; with `paths` or `explanation`, extra sections for them.
// `date` (YYYY-MM-DD) goes into the front matter, as MADR's template has it.
std::string render_markdown(const RecommendationView& view, std::string_view date);

} // namespace framewise::report
