#include <framewise/report/reference/diagnosis_entry.hpp>
#include <framewise/report/reference/diagnosis_report.hpp>

#include <nlohmann/json.hpp>

#include <cmath>

namespace framewise::report {

namespace {

using namespace diagnosis;
using Json = nlohmann::ordered_json;

Json
entry_json(const model::RulePack& pack, const engine::SymptomMatch& match)
{
  const Entry entry = entry_of(pack, match.entry);
  const auto text_or_null = [](std::string_view text) { return text.empty() ? Json(nullptr) : Json(text); };
  Json commands = Json::array();
  for (const auto& command : *entry.commands) {
    commands.push_back({{"command", command.command}, {"explain", command.explain}});
  }
  return Json{{"section", section_id(entry.section)},
              {"id", entry.id},
              {"title", text_or_null(entry.title)},
              {"severity", entry.severity ? Json(model::to_string(*entry.severity)) : Json(nullptr)},
              {"symptom", entry.symptom},
              {"action", text_or_null(entry.action)},
              {"fix", entry.fix},
              {"commands", commands},
              {"frameworks", entry.frameworks},
              {"source", entry.source},
              {"score", std::round(match.score * 100.0) / 100.0},
              {"matched_words", match.matched_words}};
}

} // namespace

std::string
render_diagnosis_json(const DiagnosisView& view)
{
  Json matches = Json::array();
  for (const auto& match : view.diagnosis.matches) {
    matches.push_back(entry_json(view.pack, match));
  }
  Json closest = Json::array();
  for (const auto& match : view.diagnosis.closest) {
    closest.push_back(entry_json(view.pack, match));
  }
  const Json document{{"schema_version", 1},
                      {"symptom", view.symptom},
                      {"matched", !view.diagnosis.matches.empty()},
                      {"matches", matches},
                      {"closest", closest}};
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
