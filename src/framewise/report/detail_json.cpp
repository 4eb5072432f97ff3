#include <framewise/report/answer_format.hpp>
#include <framewise/report/detail_json.hpp>
#include <framewise/report/explain_format.hpp>

#include <algorithm>

namespace framewise::report {

namespace {

using Json = nlohmann::ordered_json;

Json
current_answer_json(const RecommendationView& view, std::uint32_t q)
{
  return answer_json(view.pack.questions[q], view.profile.answers[q], &view.profile.other_items[q]);
}

Json
per_framework(const RecommendationView& view, const std::vector<double>& points)
{
  Json out = Json::object();
  for (std::size_t f = 0; f < points.size(); ++f) {
    out[view.pack.frameworks[f].id] = points[f];
  }
  return out;
}

Json
truth_json(model::Truth truth)
{
  switch (truth) {
  case model::Truth::yes:
    return true;
  case model::Truth::no:
    return false;
  case model::Truth::unknown:
    break;
  }
  return nullptr;
}

// A jq-friendly id: "fired", "not_fired", "open".
std::string
state_id(engine::RuleState state)
{
  std::string id = to_string(state);
  std::replace(id.begin(), id.end(), ' ', '_');
  return id;
}

} // namespace

Json
flips_json(const RecommendationView& view)
{
  Json flips = Json::array();
  for (const auto& flip : *view.flips) {
    const auto q = flip.change.question;
    flips.push_back({{"question", view.pack.questions[q].id},
                     {"answer", change_json(view, flip.change)},
                     {"recommendation", view.pack.frameworks[flip.pick].id},
                     {"from", current_answer_json(view, q)},
                     {"margin", flip.margin}});
  }
  return flips;
}

Json
paths_json(const RecommendationView& view)
{
  Json paths = Json::array();
  for (const auto& path : *view.paths) {
    Json changes = Json::array();
    for (const auto& change : path.changes) {
      changes.push_back({{"question", view.pack.questions[change.question].id},
                         {"answer", change_json(view, change)},
                         {"from", current_answer_json(view, change.question)}});
    }
    paths.push_back({{"framework", view.pack.frameworks[path.framework].id},
                     {"found", path.found},
                     {"changes", std::move(changes)},
                     {"margin", path.found ? Json(path.margin) : Json(nullptr)}});
  }
  return paths;
}

Json
explain_json(const RecommendationView& view)
{
  Json rules = Json::array();
  for (const auto& verdict : view.explanation->rules) {
    const model::Rule& rule = view.pack.rules[verdict.rule];
    Json answers = Json::array();
    for (const auto& comparison : verdict.deciding) {
      const model::ConditionNode& node = rule.when.nodes[comparison.node];
      answers.push_back({{"question", view.pack.questions[node.subject].id},
                         {"answer", current_answer_json(view, node.subject)},
                         {"test", test_text(view.pack, node)},
                         {"holds", truth_json(comparison.truth)}});
    }
    rules.push_back({{"rule", rule.id},
                     {"state", state_id(verdict.state)},
                     {"fired", verdict.state == engine::RuleState::fired},
                     {"effects", per_framework(view, rule.effects)},
                     {"source", rule.source},
                     {"text", rule.reason},
                     {"answers", std::move(answers)}});
  }
  return rules;
}

Json
scoring_json(const RecommendationView& view)
{
  Json frameworks = Json::array();
  for (const auto& entry : view.result.ranking) {
    frameworks.push_back({{"framework", view.pack.frameworks[entry.framework].id},
                          {"raw", entry.raw},
                          {"score", entry.score}});
  }
  return {{"formula", "score = 100 / (1 + exp(-raw / scale)), rounded to 0.1"},
          {"scale", view.pack.score_scale},
          {"frameworks", std::move(frameworks)}};
}

Json
sensitivity_json(const RecommendationView& view)
{
  Json effects = Json::array();
  for (const auto& effect : view.explanation->sensitivity) {
    effects.push_back({{"question", view.pack.questions[effect.question].id},
                       {"answer", current_answer_json(view, effect.question)},
                       {"moved", per_framework(view, effect.moved)}});
  }
  return effects;
}

} // namespace framewise::report
