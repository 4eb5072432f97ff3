#pragma once

#include <framewise/engine/confidence.hpp>
#include <framewise/engine/explain.hpp>
#include <framewise/engine/what_if.hpp>
#include <framewise/report/recommend/recommendation.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace framewise::report {

// Shared wording of the explain and what-if parts, so text, Markdown and JSON
// say the same thing.

// The confidence of the view's pick: engine::confidence_of(margin, flips).
engine::Confidence confidence(const RecommendationView& view);

// What the confidence rests on besides the margin: "no single answer changes
// the pick" or "2 single-answer changes would change the pick".
std::string confidence_detail(const RecommendationView& view);

// How a framework leads after a change: "ahead by 3.2", or "tied, first by pack
// order" for a lead of 0.
std::string lead_text(double margin);

// The one sentence that says what a score and the lead are, with the pack's
// scale filled in, for --explain in every format.
std::string score_meaning(double scale);

// "no recommendation yet: nothing answered moves the scores" or "no
// recommendation yet: FastAPI and Flask tie at raw +3", for a result whose
// decision is not Decision::decided; empty for a decided one.
std::string undecided_text(const RecommendationView& view);

// The new answer of `change` as a profile spells it, in JSON and in text. An
// answered list keeps its free-form items when the change kept them.
nlohmann::ordered_json change_json(const RecommendationView& view, const engine::AnswerChange& change);
std::string change_answer_text(const RecommendationView& view, const engine::AnswerChange& change);

// "concurrent_users 300 -> 100", "needs_admin unanswered -> true".
std::string change_text(const RecommendationView& view, const engine::AnswerChange& change);

// A comparison of rule `rule` that decided its state, with the answer and the
// test, e.g. "io_wait_percent=80 (> 30)", "io_wait_percent=20 (not > 30)",
// "needs_realtime unanswered (= true)".
std::string comparison_text(const RecommendationView& view, std::uint32_t rule,
                            const engine::DecidingComparison& comparison);

// The test of a comparison node alone, e.g. "> 30", "= api", "contains [django]".
std::string test_text(const model::RulePack& pack, const model::ConditionNode& node);

// "fired", "not fired", "open".
const char* to_string(engine::RuleState state);

// Signed points with no needless decimals: "+12", "-3", "+2.5", "0".
std::string signed_points(double points);

} // namespace framewise::report
