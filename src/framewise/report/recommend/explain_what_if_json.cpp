#include <framewise/engine/scoring.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/json_writer.hpp>
#include <framewise/report/recommend/explain_what_if_json.hpp>
#include <framewise/report/recommend/wording.hpp>

#include <algorithm>

namespace framewise::report {

namespace {

void
write_per_framework(JsonWriter& out, const RecommendationView& view, const std::vector<double>& points)
{
  out.begin_object();
  for (std::size_t f = 0; f < points.size(); ++f) {
    out.key(view.pack.frameworks[f].id).number(points[f]);
  }
  out.end_object();
}

void
write_truth(JsonWriter& out, model::Truth truth)
{
  switch (truth) {
  case model::Truth::yes:
    out.boolean(true);
    return;
  case model::Truth::no:
    out.boolean(false);
    return;
  case model::Truth::unknown:
    break;
  }
  out.null();
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

void
write_profile_answer(JsonWriter& out, const RecommendationView& view, std::uint32_t q)
{
  out.value(answer_json(view.pack.questions[q], view.profile.answers[q], &view.profile.other_items[q]));
}

void
write_flips(JsonWriter& out, const RecommendationView& view)
{
  out.begin_array();
  for (const auto& flip : *view.flips) {
    const auto q = flip.change.question;
    out.begin_object();
    out.key("question").string(view.pack.questions[q].id);
    out.key("answer").value(change_json(view, flip.change));
    out.key("recommendation").string(view.pack.frameworks[flip.pick].id);
    out.key("from");
    write_profile_answer(out, view, q);
    out.key("margin").number(engine::shown(flip.margin));
    out.end_object();
  }
  out.end_array();
}

void
write_paths(JsonWriter& out, const RecommendationView& view)
{
  out.begin_array();
  for (const auto& path : *view.paths) {
    out.begin_object();
    out.key("framework").string(view.pack.frameworks[path.framework].id);
    out.key("found").boolean(path.found);
    out.key("changes").begin_array();
    for (const auto& change : path.changes) {
      out.begin_object();
      out.key("question").string(view.pack.questions[change.question].id);
      out.key("answer").value(change_json(view, change));
      out.key("from");
      write_profile_answer(out, view, change.question);
      out.end_object();
    }
    out.end_array();
    // A path that was not found has no lead to report: no "margin" at all
    // (the schema says so), rather than a null where a number is promised.
    if (path.found) {
      out.key("margin").number(engine::shown(path.margin));
    }
    out.end_object();
  }
  out.end_array();
}

void
write_explain(JsonWriter& out, const RecommendationView& view)
{
  out.begin_array();
  for (const auto& verdict : view.explanation->rules) {
    const model::Rule& rule = view.pack.rules[verdict.rule];
    out.begin_object();
    out.key("rule").string(rule.id);
    out.key("state").string(state_id(verdict.state));
    out.key("fired").boolean(verdict.state == engine::RuleState::fired);
    out.key("effects");
    write_per_framework(out, view, rule.effects);
    out.key("source").string(rule.source);
    out.key("text").string(rule.reason);
    out.key("answers").begin_array();
    for (const auto& comparison : verdict.deciding) {
      const model::ConditionNode& node = rule.when.nodes[comparison.node];
      out.begin_object();
      out.key("question").string(view.pack.questions[node.subject].id);
      out.key("answer");
      write_profile_answer(out, view, node.subject);
      out.key("test").string(test_text(view.pack, node));
      out.key("holds");
      write_truth(out, comparison.truth);
      out.end_object();
    }
    out.end_array();
    out.end_object();
  }
  out.end_array();
}

void
write_scoring(JsonWriter& out, const RecommendationView& view)
{
  out.begin_object();
  out.key("formula").string("score = 100 * exp(raw / scale) / (sum over all frameworks of exp(raw / scale)), "
                            "rounded to 0.1; margin = first score - second score, from unrounded scores");
  out.key("scale").number(view.pack.score_scale);
  out.key("frameworks").begin_array();
  for (const auto& entry : view.result.ranking) {
    out.begin_object();
    out.key("framework").string(view.pack.frameworks[entry.framework].id);
    out.key("raw").number(entry.raw);
    out.key("score").number(engine::shown(entry.score));
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

void
write_sensitivity(JsonWriter& out, const RecommendationView& view)
{
  out.begin_array();
  for (const auto& effect : view.explanation->sensitivity) {
    out.begin_object();
    out.key("question").string(view.pack.questions[effect.question].id);
    out.key("answer");
    write_profile_answer(out, view, effect.question);
    out.key("moved");
    write_per_framework(out, view, effect.moved);
    out.end_object();
  }
  out.end_array();
}

void
write_unattributed(JsonWriter& out, const RecommendationView& view)
{
  write_per_framework(out, view, view.explanation->unattributed);
}

} // namespace framewise::report
