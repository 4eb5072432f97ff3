#include <framewise/report/check/check.hpp>
#include <framewise/report/check/severity_names.hpp>
#include <framewise/report/sarif_toolkit.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cctype>

namespace framewise::report {

namespace {

using Json = nlohmann::ordered_json;

std::string
sentence(std::string text)
{
  if (!text.empty() && text.back() != '.') {
    text += '.';
  }
  return text;
}

// Where to learn more about the tool. framewise has no web home yet, so this is
// its manual page, as a man: URI; replace it once the project has a homepage.
constexpr std::string_view k_information_uri = "man:framewise(1)";

const char*
level_of(model::Severity severity)
{
  return severity_name(severity, k_sarif_levels);
}

Json
rule_json(const CheckRule& rule)
{
  Json properties = {{"tags", {"framewise"}}};
  if (!rule.source.empty()) {
    properties["source"] = rule.source;
  }
  std::string help = sentence(rule.description) + " Fix: " + sentence(rule.fix);
  std::string markdown = fmt::format("{}\n\n**Fix:** {}", sentence(rule.description), sentence(rule.fix));
  if (!rule.source.empty()) {
    help += fmt::format(" Source: the comparison's section \"{}\".", rule.source);
    markdown += fmt::format("\n\n*Source: the comparison's section \"{}\".*", rule.source);
  }
  return {{"id", rule.id},
          {"name", pascal_case(rule.id)},
          {"shortDescription", {{"text", sentence(rule.title)}}},
          {"fullDescription", {{"text", sentence(rule.description)}}},
          {"help", {{"text", help}, {"markdown", markdown}}},
          {"defaultConfiguration", {{"level", level_of(rule.severity)}}},
          {"properties", std::move(properties)}};
}

Json
physical_location(const model::SourcePos& pos)
{
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", artifact_uri(pos.file)}}},
            {"region", {{"startLine", pos.line}, {"startColumn", pos.column}}}}}};
}

Json
result_json(const CheckRun& run, const CheckRule& rule, const CheckedProfile& profile, const CheckFinding& finding)
{
  std::string text = sentence(finding.message);
  if (const std::string answers = answers_summary(run, profile, finding); !answers.empty()) {
    text += fmt::format(" Answers: {}.", answers);
  }
  Json result = {{"ruleId", rule.id},
                 {"ruleIndex", finding.rule},
                 {"level", level_of(finding.severity)},
                 {"message", {{"text", text}}},
                 {"locations", Json::array({physical_location(finding.locations.front().pos)})}};
  if (finding.locations.size() > 1) {
    Json related = Json::array();
    for (std::size_t i = 1; i < finding.locations.size(); ++i) {
      Json location = physical_location(finding.locations[i].pos);
      location["id"] = i;
      location["message"] = {{"text", finding.locations[i].note}};
      related.push_back(std::move(location));
    }
    result["relatedLocations"] = std::move(related);
  }
  result["partialFingerprints"] = {{"framewiseFinding/v1", finding_fingerprint(profile, rule, finding)}};
  if (finding.waiver != nullptr) {
    // The waiver is written in the profile the result points into: SARIF's
    // "inSource" suppression, accepted, with the team's reason.
    result["suppressions"] =
      Json::array({{{"kind", "inSource"}, {"status", "accepted"}, {"justification", finding.waiver->reason}}});
  }
  return result;
}

} // namespace

std::string
render_check_sarif(const CheckRun& run)
{
  const std::vector<CheckRule> rules = check_rules(run);
  Json rules_json = Json::array();
  for (const auto& rule : rules) {
    rules_json.push_back(rule_json(rule));
  }
  Json results = Json::array();
  for (const auto& profile : run.profiles) {
    for (const auto& finding : check_findings(run, rules, profile)) {
      results.push_back(result_json(run, rules[finding.rule], profile, finding));
    }
  }
  Json driver = {{"name", "framewise"},
                 {"fullName", "framewise check"},
                 {"version", run.version},
                 {"semanticVersion", run.version},
                 {"informationUri", k_information_uri},
                 {"rules", std::move(rules_json)}};
  Json document = {
    {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
    {"version", "2.1.0"},
    {"runs", Json::array({{{"tool", {{"driver", std::move(driver)}}},
                           {"columnKind", "unicodeCodePoints"},
                           {"results", std::move(results)}}})},
  };
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
