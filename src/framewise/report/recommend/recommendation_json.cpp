#include <framewise/engine/scoring.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/json_writer.hpp>
#include <framewise/report/recommend/explain_what_if_json.hpp>
#include <framewise/report/recommend/recommendation.hpp>
#include <framewise/report/recommend/wording.hpp>

namespace framewise::report {

namespace {

void
write_answers(JsonWriter& out, const RecommendationView& view, const std::vector<std::uint32_t>& questions)
{
  out.begin_object();
  for (const auto q : questions) {
    out.key(view.pack.questions[q].id);
    write_profile_answer(out, view, q);
  }
  out.end_object();
}

void
write_ranking(JsonWriter& out, const RecommendationView& view)
{
  out.begin_array();
  for (const auto& entry : view.result.ranking) {
    const model::Framework& framework = view.pack.frameworks[entry.framework];
    out.begin_object();
    out.key("framework").string(framework.id);
    out.key("name").string(framework.name);
    out.key("score").number(engine::shown(entry.score));
    out.key("raw").number(entry.raw);
    out.key("reasons").begin_array();
    for (const auto& reason : entry.reasons) {
      const model::Rule& rule = view.pack.rules[reason.rule];
      out.begin_object();
      out.key("rule").string(rule.id);
      out.key("effect").number(reason.effect);
      out.key("text").string(rule.reason);
      out.key("source").string(rule.source);
      out.key("answers");
      write_answers(out, view, reason.questions);
      out.end_object();
    }
    out.end_array();
    out.end_object();
  }
  out.end_array();
}

void
write_warnings(JsonWriter& out, const RecommendationView& view)
{
  out.begin_array();
  for (const auto& finding : view.result.findings) {
    const model::Mistake& mistake = view.pack.mistakes[finding.mistake];
    out.begin_object();
    out.key("id").string(mistake.id);
    out.key("severity").string(model::to_string(mistake.severity));
    out.key("title").string(mistake.title);
    out.key("message").string(mistake.message);
    out.key("fix").string(mistake.fix);
    out.key("source").string(mistake.source);
    out.key("answers");
    write_answers(out, view, finding.questions);
    out.end_object();
  }
  out.end_array();
}

// Without --what-if: a flipping answer for each unanswered question.
void
write_open_flips(JsonWriter& out, const RecommendationView& view)
{
  out.begin_array();
  for (const auto& open : view.result.unanswered) {
    if (open.flip_answer) {
      const model::Question& question = view.pack.questions[open.question];
      out.begin_object();
      out.key("question").string(question.id);
      out.key("answer").value(answer_json(question, *open.flip_answer));
      out.key("recommendation").string(view.pack.frameworks[open.flip_pick].id);
      out.end_object();
    }
  }
  out.end_array();
}

} // namespace

// Written as a stream rather than built as a document: see JsonWriter.
std::string
render_json(const RecommendationView& view)
{
  const engine::Result& result = view.result;
  JsonWriter out;
  out.begin_object();
  out.key("schema_version").integer(1);
  out.key("profile");
  if (view.profile.name.empty()) {
    out.null();
  } else {
    out.string(view.profile.name);
  }
  out.key("recommendation").string(view.pack.frameworks[result.ranking.front().framework].id);
  // Added in schema_version 1 (a new member, so older readers are unaffected):
  // false when the pick rests on no evidence or on the pack's order alone.
  out.key("decided").boolean(result.decision == engine::Decision::decided);
  if (result.decision != engine::Decision::decided) {
    out.key("undecided").begin_object();
    out.key("reason").string(result.decision == engine::Decision::tie ? "tie" : "nothing-answered");
    out.key("message").string(undecided_text(view));
    out.key("tied").begin_array();
    for (const auto& entry : result.ranking) {
      if (entry.raw == result.ranking.front().raw) {
        out.string(view.pack.frameworks[entry.framework].id);
      }
    }
    out.end_array();
    out.end_object();
  }
  out.key("margin").number(engine::shown(result.margin));
  out.key("confidence").string(engine::to_string(confidence(view)));
  if (view.flips != nullptr) {
    out.key("one_answer_flips").unsigned_integer(view.flips->size());
  }
  out.key("ranking");
  write_ranking(out, view);
  out.key("warnings");
  write_warnings(out, view);
  // --what-if widens what_if from the unanswered questions to every flip point.
  out.key("what_if");
  if (view.paths != nullptr && view.flips != nullptr) {
    write_flips(out, view);
  } else {
    write_open_flips(out, view);
  }
  if (view.paths != nullptr) {
    out.key("paths_to");
    write_paths(out, view);
  }
  out.key("unanswered").begin_array();
  for (const auto& open : result.unanswered) {
    out.string(view.pack.questions[open.question].id);
  }
  out.end_array();
  if (view.explanation != nullptr) {
    out.key("explain");
    write_explain(out, view);
    out.key("scoring");
    write_scoring(out, view);
    out.key("sensitivity");
    write_sensitivity(out, view);
    out.key("unattributed");
    write_unattributed(out, view);
  }
  out.end_object();
  return out.finish();
}

} // namespace framewise::report
