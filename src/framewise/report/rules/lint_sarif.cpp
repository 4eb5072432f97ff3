#include <framewise/report/rules/lint_common.hpp>
#include <framewise/report/rules/lint_report.hpp>
#include <framewise/report/sarif_toolkit.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace framewise::report {

namespace {

using Json = nlohmann::ordered_json;
using lint_detail::severity_word;

std::string
description_of(std::string_view check)
{
  if (check == "never-holds") {
    return "A rule or mistake whose condition no answers can make true.";
  }
  if (check == "always-holds") {
    return "A rule or mistake whose condition holds whatever the answers.";
  }
  if (check == "load-error") {
    return "A rule pack file that does not load.";
  }
  if (check == "override-identical") {
    return "An override in a layered pack with the same content as the item it replaces.";
  }
  if (check == "framework-never-raised") {
    return "A framework that no rule gives points to.";
  }
  if (check == "options-alike") {
    return "Options of a question that no rule or mistake tells apart, and no 'alike' entry acknowledges.";
  }
  if (check == "alike-told-apart") {
    return "An 'alike' entry of a question whose options some rule or mistake does tell apart.";
  }
  if (check == "alike-unknown-option") {
    return "An 'alike' entry of a question that names an option the question does not have.";
  }
  return "A question that no rule or mistake reads.";
}

// The message without the "(line N, column M)" it may give for parts of a
// condition, so that moving lines keeps the fingerprint.
std::string
without_positions(std::string_view message)
{
  std::string out;
  constexpr std::string_view k_open = " (line ";
  while (!message.empty()) {
    const auto at = message.find(k_open);
    const auto close = at == std::string_view::npos ? at : message.find(')', at);
    if (close == std::string_view::npos) {
      out += message;
      break;
    }
    out += message.substr(0, at);
    message.remove_prefix(close + 1);
  }
  return out;
}

// A stable id for "check fired on this item", independent of line moves
// (64-bit FNV-1a of the file and the message without positions).
std::string
fingerprint(const engine::LintProblem& problem)
{
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  const std::string message = without_positions(problem.message);
  for (const std::string_view part :
       {std::string_view(problem.pos.file), std::string_view("\0", 1), std::string_view(message)}) {
    for (const char c : part) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 0x100000001b3ULL;
    }
  }
  return fmt::format("{:016x}", hash);
}

} // namespace

std::string
render_lint_sarif(const std::vector<engine::LintProblem>& problems, const std::string& version)
{
  std::vector<std::string> checks;
  for (const auto& problem : problems) {
    if (std::find(checks.begin(), checks.end(), problem.check) == checks.end()) {
      checks.push_back(problem.check);
    }
  }
  Json rules = Json::array();
  for (const auto& check : checks) {
    const std::string description = description_of(check);
    rules.push_back(
      {{"id", check},
       {"name", pascal_case(check)},
       {"shortDescription", {{"text", description}}},
       {"fullDescription", {{"text", description}}},
       {"help",
        {{"text", description + " See framewise-rules(5)."}, {"markdown", description + " See framewise-rules(5)."}}},
       {"defaultConfiguration", {{"level", check == "never-holds" || check == "load-error" ? "error" : "warning"}}},
       {"properties", {{"tags", {"framewise"}}}}});
  }
  Json results = Json::array();
  for (const auto& problem : problems) {
    const auto index = std::find(checks.begin(), checks.end(), problem.check) - checks.begin();
    results.push_back(
      {{"ruleId", problem.check},
       {"ruleIndex", index},
       {"level", severity_word(problem.severity)},
       {"message", {{"text", problem.hint.empty() ? problem.message : problem.message + ". " + problem.hint + "."}}},
       {"locations", problem.pos.file.empty()
                       ? Json::array()
                       : Json::array({{{"physicalLocation",
                                        {{"artifactLocation", {{"uri", artifact_uri(problem.pos.file)}}},
                                         {"region",
                                          {{"startLine", std::max<std::uint32_t>(problem.pos.line, 1)},
                                           {"startColumn", std::max<std::uint32_t>(problem.pos.column, 1)}}}}}}})},
       {"partialFingerprints", {{"framewiseLint/v1", fingerprint(problem)}}}});
  }
  Json driver = {
    {"name", "framewise"},        {"fullName", "framewise rules lint"},         {"version", version},
    {"semanticVersion", version}, {"informationUri", "man:framewise-rules(5)"}, {"rules", std::move(rules)}};
  const Json document = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                         {"version", "2.1.0"},
                         {"runs", Json::array({{{"tool", {{"driver", std::move(driver)}}},
                                                {"columnKind", "unicodeCodePoints"},
                                                {"results", std::move(results)}}})}};
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
