#include <framewise/report/reference/mistakes_report.hpp>

#include <nlohmann/json.hpp>

namespace framewise::report {

std::string
render_mistakes_json(const model::RulePack& pack)
{
  nlohmann::ordered_json mistakes = nlohmann::ordered_json::array();
  for (const auto& mistake : pack.mistakes) {
    mistakes.push_back({{"id", mistake.id},
                        {"severity", model::to_string(mistake.severity)},
                        {"title", mistake.title},
                        {"symptom", mistake.symptom},
                        {"message", mistake.message},
                        {"fix", mistake.fix},
                        {"source", mistake.source}});
  }
  const nlohmann::ordered_json document{{"schema_version", 1}, {"mistakes", mistakes}};
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
