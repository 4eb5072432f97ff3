#include <framewise/report/answer_format.hpp>
#include <framewise/report/rules/lint_common.hpp>
#include <framewise/report/rules/lint_report.hpp>

#include <nlohmann/json.hpp>

namespace framewise::report {

namespace {

using Json = nlohmann::ordered_json;
using lint_detail::count_of;
using lint_detail::severity_word;

} // namespace

std::string
render_lint_json(const std::vector<engine::LintProblem>& problems, bool strict,
                 const std::vector<model::LayerChange>& layers)
{
  Json changes = Json::array();
  for (const auto& change : layers) {
    changes.push_back({{"kind", change.kind},
                       {"section", change.section},
                       {"id", change.id},
                       {"identical", change.identical},
                       {"location", location_json(change.pos)},
                       {"below", location_json(change.below)}});
  }
  Json list = Json::array();
  for (const auto& problem : problems) {
    list.push_back(
      {{"severity", severity_word(problem.severity)},
       {"check", problem.check},
       {"message", problem.message},
       {"hint", problem.hint},
       {"location", {{"path", problem.pos.file}, {"line", problem.pos.line}, {"column", problem.pos.column}}}});
  }
  const Json document = {{"passed", !lint_fails(problems, strict)},
                         {"strict", strict},
                         {"errors", count_of(problems, engine::LintSeverity::error)},
                         {"warnings", count_of(problems, engine::LintSeverity::warning)},
                         {"problems", std::move(list)},
                         {"layers", std::move(changes)}};
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
