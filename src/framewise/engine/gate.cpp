#include <framewise/engine/confidence.hpp>
#include <framewise/engine/gate.hpp>
#include <framewise/engine/scoring.hpp>

#include <algorithm>

namespace framewise::engine {

namespace {

// The questionnaire's stable id (man page, PROFILE FILE) for the framework in use; looked up
// by name once here because no scoring rule needs it as a framework index.
constexpr std::string_view k_current_framework = "current_framework";

const FrameworkResult*
entry_of(const Result& result, std::uint32_t framework)
{
  const auto it = std::find_if(result.ranking.begin(), result.ranking.end(),
                               [&](const FrameworkResult& entry) { return entry.framework == framework; });
  return it == result.ranking.end() ? nullptr : &*it;
}

} // namespace

std::optional<GateFinding>
framework_mismatch(const model::RulePack& pack, const model::Answers& answers, const Result& result)
{
  const int question = pack.question_index(k_current_framework);
  if (question < 0 || result.ranking.empty()) {
    return std::nullopt;
  }
  const auto q = static_cast<std::uint32_t>(question);
  const model::Answer& answer = answers[q];
  if (!answer.answered || pack.questions[q].type != model::QuestionType::choice) {
    return std::nullopt;
  }
  const auto& option = pack.questions[q].options[static_cast<std::size_t>(answer.value)];
  const int current = pack.framework_index(option.id); // "none" names no framework
  const FrameworkResult& pick = result.ranking.front();
  if (current < 0 || static_cast<std::uint32_t>(current) == pick.framework) {
    return std::nullopt;
  }
  const FrameworkResult* entry = entry_of(result, static_cast<std::uint32_t>(current));
  if (entry == nullptr) {
    return std::nullopt;
  }
  // From unrounded scores, as every lead: "more than 15 points" is a fact
  // about the scores, and reports round the gap only to print it.
  const double gap = pick.score - entry->score;
  if (gap <= k_clear_margin) {
    return std::nullopt;
  }
  return GateFinding{GateCheck::framework_mismatch, model::Severity::warning, entry->framework, gap, {q}};
}

std::vector<GateFinding>
gate_findings(const model::RulePack& pack, const model::Answers& answers, const Result& result,
              const GateOptions& options)
{
  std::vector<GateFinding> findings;
  if (auto mismatch = framework_mismatch(pack, answers, result)) {
    findings.push_back(std::move(*mismatch));
  }
  const std::uint32_t pick = result.ranking.front().framework;
  if (options.expect && *options.expect != pick) {
    findings.push_back(
      GateFinding{GateCheck::unexpected_recommendation, model::Severity::error, *options.expect, 0, {}});
  }
  if (options.min_margin && result.ranking.size() > 1 && result.margin < *options.min_margin) {
    findings.push_back(
      GateFinding{GateCheck::narrow_margin, model::Severity::error, result.ranking[1].framework, result.margin, {}});
  }
  if (result.decision != Decision::decided) {
    // --expect fastapi on an empty profile must not pass because FastAPI is
    // listed first: an expectation needs a decided pick.
    const bool asked = options.expect.has_value() || options.min_margin.has_value();
    findings.push_back(GateFinding{GateCheck::no_decision,
                                   asked ? model::Severity::error : model::Severity::info,
                                   result.ranking.size() > 1 ? result.ranking[1].framework : 0,
                                   result.margin,
                                   {}});
  }
  return findings;
}

bool
gate_fails(const model::RulePack& pack, const Result& result, const std::vector<GateFinding>& gate,
           model::Severity fail_on)
{
  const bool mistake = std::any_of(result.findings.begin(), result.findings.end(), [&](const Finding& finding) {
    return pack.mistakes[finding.mistake].severity >= fail_on;
  });
  const bool gated =
    std::any_of(gate.begin(), gate.end(), [&](const GateFinding& finding) { return finding.severity >= fail_on; });
  return mistake || gated;
}

} // namespace framewise::engine
