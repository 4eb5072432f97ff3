#include <framewise/report/answer_format.hpp>
#include <framewise/report/rules/lint_common.hpp>
#include <framewise/report/rules/lint_report.hpp>

#include <nlohmann/json.hpp>

namespace framewise::report {

namespace {

using Json = nlohmann::ordered_json;
using lint_detail::count_of;
using lint_detail::severity_word;

// A problem of the whole pack (no file to point into) has no location.
Json
location_or_null(const model::SourcePos& pos)
{
  return pos.file.empty() ? Json(nullptr) : location_json(pos);
}

// Every `alike:` entry of the pack, acknowledged or stale, so that a reader
// sees which groups of options are alike on purpose without reading the YAML.
Json
alike_json(const std::vector<model::Question>& questions)
{
  Json out = Json::array();
  for (const auto& question : questions) {
    for (const auto& group : question.alike) {
      Json options = Json::array();
      for (const auto& option : group.options) {
        options.push_back(option.id);
      }
      out.push_back({{"question", question.id},
                     {"options", std::move(options)},
                     {"reason", group.reason},
                     {"location", location_or_null(group.pos)}});
    }
  }
  return out;
}

} // namespace

std::string
render_lint_json(const std::vector<engine::LintProblem>& problems, bool strict,
                 const std::vector<model::LayerChange>& layers, const std::vector<model::Question>& questions)
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
    list.push_back({{"severity", severity_word(problem.severity)},
                    {"check", problem.check},
                    {"message", problem.message},
                    {"hint", problem.hint},
                    {"location", location_or_null(problem.pos)}});
  }
  const Json document = {{"passed", !lint_fails(problems, strict)},
                         {"strict", strict},
                         {"errors", count_of(problems, engine::LintSeverity::error)},
                         {"warnings", count_of(problems, engine::LintSeverity::warning)},
                         {"problems", std::move(list)},
                         {"layers", std::move(changes)},
                         {"alike", alike_json(questions)}};
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
