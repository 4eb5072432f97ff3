#include <framewise/report/reference/comparison_report.hpp>

#include <nlohmann/json.hpp>

namespace framewise::report {

std::string
render_comparison_json(const model::RulePack& pack)
{
  nlohmann::ordered_json frameworks = nlohmann::ordered_json::array();
  for (const auto& framework : pack.frameworks) {
    frameworks.push_back({{"id", framework.id}, {"name", framework.name}});
  }
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const auto& row : pack.comparison) {
    nlohmann::ordered_json values = nlohmann::ordered_json::object();
    for (std::size_t f = 0; f < pack.frameworks.size() && f < row.values.size(); ++f) {
      values[pack.frameworks[f].id] = row.values[f];
    }
    rows.push_back({{"id", row.id},
                    {"group", row.group},
                    {"feature", row.feature},
                    {"values", values},
                    {"note", row.note.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(row.note)},
                    {"source", row.source}});
  }
  const nlohmann::ordered_json document{{"schema_version", 1}, {"frameworks", frameworks}, {"rows", rows}};
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
