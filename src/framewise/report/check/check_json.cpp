#include <framewise/engine/scoring.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/check/check.hpp>
#include <framewise/report/scan/scan.hpp>

#include <nlohmann/json.hpp>

namespace framewise::report {

namespace {

using Json = nlohmann::ordered_json;

Json
finding_json(const CheckRun& run, const CheckRule& rule, const CheckedProfile& profile, const CheckFinding& finding)
{
  Json answers = Json::object();
  for (const auto q : finding.questions) {
    answers[run.pack.questions[q].id] =
      answer_json(run.pack.questions[q], profile.profile.answers[q], &profile.profile.other_items[q]);
  }
  Json locations = Json::array();
  for (const auto& at : finding.locations) {
    locations.push_back(location_json(at.pos));
  }
  return {{"id", rule.id},
          {"severity", model::to_string(finding.severity)},
          {"fails_gate", finding.fails_gate},
          {"title", rule.title},
          {"message", finding.message},
          {"fix", finding.fix},
          {"source", rule.source},
          {"location", location_json(finding.locations.front().pos)},
          {"locations", std::move(locations)},
          {"answers", std::move(answers)},
          {"waiver", finding.waiver == nullptr
                       ? Json(nullptr)
                       : Json{{"reason", finding.waiver->reason},
                              {"until", finding.waiver->until ? Json(model::to_string(*finding.waiver->until))
                                                              : Json(nullptr)}}}};
}

Json
profile_json(const CheckRun& run, const std::vector<CheckRule>& rules, const CheckedProfile& profile)
{
  Json findings = Json::array();
  for (const auto& finding : check_findings(run, rules, profile)) {
    findings.push_back(finding_json(run, rules[finding.rule], profile, finding));
  }
  const auto& best = profile.result.ranking.front();
  Json json = {{"path", profile.path},
               {"profile", profile.profile.name.empty() ? Json(nullptr) : Json(profile.profile.name)},
               {"passed", !profile.failed},
               {"recommendation", run.pack.frameworks[best.framework].id},
               {"decided", profile.result.decision == engine::Decision::decided},
               {"score", engine::shown(best.score)},
               {"margin", engine::shown(profile.result.margin)},
               {"findings", std::move(findings)}};
  if (run.scanned) {
    // Which answers the scan gave (where the profile is silent), with the evidence.
    Json scanned = Json::object();
    for (std::uint32_t q = 0; q < profile.evidence.size(); ++q) {
      if (profile.evidence[q].empty()) {
        continue;
      }
      Json evidence = Json::array();
      for (const auto& item : profile.evidence[q]) {
        evidence.push_back(scan_evidence_json(item));
      }
      const model::Question& question = run.pack.questions[q];
      scanned[question.id] = {
        {"answer", answer_json(question, profile.profile.answers[q], &profile.profile.other_items[q])},
        {"evidence", std::move(evidence)}};
    }
    json["scanned"] = std::move(scanned);
  }
  return json;
}

} // namespace

std::string
render_check_json(const CheckRun& run)
{
  const std::vector<CheckRule> rules = check_rules(run);
  const CheckTotals totals = check_totals(run);
  Json profiles = Json::array();
  for (const auto& profile : run.profiles) {
    profiles.push_back(profile_json(run, rules, profile));
  }
  const auto& options = run.options;
  Json document = {
    {"schema_version", 1},
    {"passed", totals.failed_profiles == 0},
    {"fail_on", model::to_string(options.fail_on)},
    {"expect", options.expect ? Json(run.pack.frameworks[*options.expect].id) : Json(nullptr)},
    {"min_margin", options.min_margin ? Json(*options.min_margin) : Json(nullptr)},
    {"totals",
     {{"errors", totals.errors}, {"warnings", totals.warnings}, {"infos", totals.infos}, {"waived", totals.waived}}},
    {"profiles", std::move(profiles)},
  };
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
