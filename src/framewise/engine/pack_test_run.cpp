#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/pack_test_run.hpp>

namespace framewise::engine {

namespace {

bool
fired(const CaseOutcome& outcome, const model::PackItemRef& item)
{
  return item.kind == model::PackItemKind::rule ? outcome.rules_fired[item.index] : outcome.mistakes_fired[item.index];
}

} // namespace

CaseOutcome
run_case(const model::RulePack& pack, const model::PackTestCase& test_case)
{
  CaseOutcome outcome;
  outcome.result = evaluate(pack, test_case.answers);
  const Result& result = outcome.result;
  outcome.rules_fired.resize(pack.rules.size());
  for (std::size_t r = 0; r < pack.rules.size(); ++r) {
    outcome.rules_fired[r] = evaluate(pack.rules[r].when, test_case.answers) == model::Truth::yes;
  }
  outcome.mistakes_fired.resize(pack.mistakes.size());
  for (const Finding& finding : result.findings) {
    outcome.mistakes_fired[finding.mistake] = true;
  }

  const model::CaseExpectation& expect = test_case.expect;
  if (expect.recommendation &&
      (result.decision != Decision::decided || result.ranking.front().framework != *expect.recommendation)) {
    outcome.failures.push_back({CaseCheck::recommendation, {}});
  }
  if (!expect.ranking.empty()) {
    const bool in_order =
      expect.ranking.size() <= result.ranking.size() &&
      std::equal(expect.ranking.begin(), expect.ranking.end(), result.ranking.begin(),
                 [](std::uint32_t framework, const FrameworkResult& place) { return framework == place.framework; });
    if (!in_order) {
      outcome.failures.push_back({CaseCheck::ranking, {}});
    }
  }
  if (expect.min_lead && result.margin < *expect.min_lead) {
    outcome.failures.push_back({CaseCheck::min_lead, {}});
  }
  for (const auto& item : expect.fires) {
    if (!fired(outcome, item)) {
      outcome.failures.push_back({CaseCheck::fires, item});
    }
  }
  for (const auto& item : expect.not_fires) {
    if (fired(outcome, item)) {
      outcome.failures.push_back({CaseCheck::not_fires, item});
    }
  }
  return outcome;
}

bool
Coverage::in_scope(model::PackItemKind kind, std::size_t index) const
{
  const std::vector<bool>& scope = kind == model::PackItemKind::rule ? rule_in_scope : mistake_in_scope;
  return scope.empty() || scope[index];
}

std::size_t
Coverage::items() const
{
  std::size_t count = 0;
  for (std::size_t r = 0; r < rule_cases.size(); ++r) {
    count += in_scope(model::PackItemKind::rule, r) ? 1 : 0;
  }
  for (std::size_t m = 0; m < mistake_cases.size(); ++m) {
    count += in_scope(model::PackItemKind::mistake, m) ? 1 : 0;
  }
  return count;
}

std::size_t
Coverage::covered() const
{
  std::size_t count = 0;
  for (std::size_t r = 0; r < rule_cases.size(); ++r) {
    count += in_scope(model::PackItemKind::rule, r) && rule_cases[r] > 0 ? 1 : 0;
  }
  for (std::size_t m = 0; m < mistake_cases.size(); ++m) {
    count += in_scope(model::PackItemKind::mistake, m) && mistake_cases[m] > 0 ? 1 : 0;
  }
  return count;
}

std::uint32_t
Coverage::percent() const
{
  const std::size_t total = items();
  if (total == 0) {
    return 100;
  }
  return static_cast<std::uint32_t>(covered() * 100 / total);
}

Coverage
coverage_of(const model::RulePack& pack, const std::vector<CaseOutcome>& outcomes)
{
  return coverage_of(pack, outcomes, [](model::PackItemKind, std::size_t) { return true; });
}

} // namespace framewise::engine
