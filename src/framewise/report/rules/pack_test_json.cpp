#include <framewise/engine/scoring.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/rules/pack_test_report.hpp>

#include <nlohmann/json.hpp>

namespace framewise::report {

namespace {

using Json = nlohmann::ordered_json;

Json
case_json(const PackTestRun& run, std::size_t c)
{
  const auto& test_case = run.cases[c];
  const auto& outcome = run.outcomes[c];
  const engine::Result& result = outcome.result;
  Json ranking = Json::array();
  for (const auto& place : result.ranking) {
    ranking.push_back(run.pack.frameworks[place.framework].id);
  }
  Json rules = Json::array();
  for (std::size_t r = 0; r < outcome.rules_fired.size(); ++r) {
    if (outcome.rules_fired[r]) {
      rules.push_back(run.pack.rules[r].id);
    }
  }
  Json mistakes = Json::array();
  for (std::size_t m = 0; m < outcome.mistakes_fired.size(); ++m) {
    if (outcome.mistakes_fired[m]) {
      mistakes.push_back(run.pack.mistakes[m].id);
    }
  }
  Json failures = Json::array();
  for (const auto& failure : outcome.failures) {
    const CaseDifference difference = describe_failure(run.pack, test_case, outcome, failure);
    failures.push_back({{"check", difference.check}, {"expected", difference.expected}, {"actual", difference.actual}});
  }
  const bool decided = result.decision == engine::Decision::decided;
  return {{"id", test_case.id},
          {"location", location_json(test_case.pos)},
          {"passed", outcome.passed()},
          {"recommendation", decided ? Json(run.pack.frameworks[result.ranking.front().framework].id) : Json(nullptr)},
          {"ranking", std::move(ranking)},
          {"lead", engine::shown(result.margin)},
          {"fired", {{"rules", std::move(rules)}, {"mistakes", std::move(mistakes)}}},
          {"failures", std::move(failures)}};
}

template <typename Wanted>
Json
items_json(const PackTestRun& run, Wanted wanted)
{
  Json items = Json::array();
  const auto add = [&](model::PackItemKind kind, const std::vector<std::uint32_t>& counts, const char* name) {
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (run.coverage.in_scope(kind, i) && wanted(counts[i])) {
        const std::string& id = kind == model::PackItemKind::rule ? run.pack.rules[i].id : run.pack.mistakes[i].id;
        items.push_back({{"kind", name}, {"id", id}, {"location", location_json(item_pos(run.pack, kind, i))}});
      }
    }
  };
  add(model::PackItemKind::rule, run.coverage.rule_cases, "rule");
  add(model::PackItemKind::mistake, run.coverage.mistake_cases, "mistake");
  return items;
}

} // namespace

std::string
render_pack_tests_json(const PackTestRun& run)
{
  Json cases = Json::array();
  for (std::size_t c = 0; c < run.cases.size(); ++c) {
    cases.push_back(case_json(run, c));
  }
  const engine::Coverage& coverage = run.coverage;
  Json document = {
    {"cases", std::move(cases)},
    {"coverage",
     {{"percent", coverage.percent()},
      {"covered", coverage.covered()},
      {"total", coverage.items()},
      {"min_coverage", run.min_coverage ? Json(*run.min_coverage) : Json(nullptr)},
      {"meets_min_coverage", !run.coverage_too_low()},
      {"never_fire", items_json(run, [](std::uint32_t fired_in) { return fired_in == 0; })},
      {"fire_in_every_case", coverage.cases >= 2
                               ? items_json(run, [&](std::uint32_t fired_in) { return fired_in == coverage.cases; })
                               : Json::array()}}},
    {"passed", run.passed()},
    {"failed", run.failed()}};
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
