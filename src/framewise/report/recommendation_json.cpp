#include <framewise/report/answer_format.hpp>
#include <framewise/report/detail_json.hpp>
#include <framewise/report/explain_format.hpp>
#include <framewise/report/recommendation.hpp>

namespace framewise::report {

namespace {

using Json = nlohmann::ordered_json;

Json
answers_json(const RecommendationView& view, const std::vector<std::uint32_t>& questions)
{
  Json answers = Json::object();
  for (const auto q : questions) {
    answers[view.pack.questions[q].id] =
      answer_json(view.pack.questions[q], view.profile.answers[q], &view.profile.other_items[q]);
  }
  return answers;
}

Json
ranking_json(const RecommendationView& view)
{
  Json ranking = Json::array();
  for (const auto& entry : view.result.ranking) {
    Json reasons = Json::array();
    for (const auto& reason : entry.reasons) {
      const model::Rule& rule = view.pack.rules[reason.rule];
      reasons.push_back({{"rule", rule.id},
                         {"effect", reason.effect},
                         {"text", rule.reason},
                         {"source", rule.source},
                         {"answers", answers_json(view, reason.questions)}});
    }
    const model::Framework& framework = view.pack.frameworks[entry.framework];
    ranking.push_back({{"framework", framework.id},
                       {"name", framework.name},
                       {"score", entry.score},
                       {"raw", entry.raw},
                       {"reasons", std::move(reasons)}});
  }
  return ranking;
}

Json
warnings_json(const RecommendationView& view)
{
  Json warnings = Json::array();
  for (const auto& finding : view.result.findings) {
    const model::Mistake& mistake = view.pack.mistakes[finding.mistake];
    warnings.push_back({{"id", mistake.id},
                        {"severity", model::to_string(mistake.severity)},
                        {"title", mistake.title},
                        {"message", mistake.message},
                        {"fix", mistake.fix},
                        {"source", mistake.source},
                        {"answers", answers_json(view, finding.questions)}});
  }
  return warnings;
}

} // namespace

std::string
render_json(const RecommendationView& view)
{
  const engine::Result& result = view.result;
  Json what_if = Json::array();
  Json unanswered = Json::array();
  for (const auto& open : result.unanswered) {
    const model::Question& question = view.pack.questions[open.question];
    unanswered.push_back(question.id);
    if (open.flip_answer) {
      what_if.push_back({{"question", question.id},
                         {"answer", answer_json(question, *open.flip_answer)},
                         {"recommendation", view.pack.frameworks[open.flip_pick].id}});
    }
  }
  Json document = {
    {"schema_version", 1},
    {"profile", view.profile.name.empty() ? Json(nullptr) : Json(view.profile.name)},
    {"recommendation", view.pack.frameworks[result.ranking.front().framework].id},
    {"margin", result.margin},
    {"confidence", engine::to_string(confidence(view))},
  };
  if (view.flips != nullptr) {
    document["one_answer_flips"] = view.flips->size();
  }
  document["ranking"] = ranking_json(view);
  document["warnings"] = warnings_json(view);
  // --what-if widens what_if from the unanswered questions to every flip point.
  document["what_if"] = view.paths != nullptr && view.flips != nullptr ? flips_json(view) : std::move(what_if);
  if (view.paths != nullptr) {
    document["paths_to"] = paths_json(view);
  }
  document["unanswered"] = std::move(unanswered);
  if (view.explanation != nullptr) {
    document["explain"] = explain_json(view);
    document["scoring"] = scoring_json(view);
    document["sensitivity"] = sensitivity_json(view);
  }
  // Input was checked to be UTF-8 at load; `replace` keeps dump() from ever throwing.
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
