#pragma once

#include <framewise/engine/result.hpp>
#include <framewise/model/pack.hpp>
#include <framewise/model/pack_test.hpp>

#include <cstdint>
#include <vector>

namespace framewise::engine {

// One expectation of a test case that did not hold.
enum class CaseCheck : std::uint8_t
{
  recommendation,
  ranking,
  min_lead,
  fires,
  not_fires
};

struct CaseFailure
{
  CaseCheck check = CaseCheck::recommendation;
  model::PackItemRef item; // fires / not_fires: the rule or mistake concerned
};

struct CaseOutcome
{
  Result result;                     // the engine's evaluation of the case's answers
  std::vector<bool> rules_fired;     // per rule of the pack
  std::vector<bool> mistakes_fired;  // per mistake of the pack
  std::vector<CaseFailure> failures; // empty: the case passed

  bool
  passed() const
  {
    return failures.empty();
  }
};

// Evaluates `test_case` as `recommend` would and checks each expectation:
// the recommendation must be the pick and decided (a tie or a pick no answer
// supports is no recommendation); `ranking` must be the first places in
// order; the lead (unrounded) must be at least `min_lead`; a rule fires when
// its condition is definitely yes, a mistake when it is a finding.
CaseOutcome run_case(const model::RulePack& pack, const model::PackTestCase& test_case);

// How many cases made each rule and each mistake fire. Coverage counts only
// the items in scope: those the tested layers define, so a policy pack on
// top of the built-in one answers for its own rules, not for the built-in's.
struct Coverage
{
  std::size_t cases = 0;
  std::vector<std::uint32_t> rule_cases;    // per rule
  std::vector<std::uint32_t> mistake_cases; // per mistake
  std::vector<bool> rule_in_scope;          // per rule; empty: every rule
  std::vector<bool> mistake_in_scope;       // per mistake; empty: every mistake

  bool in_scope(model::PackItemKind kind, std::size_t index) const;
  std::size_t items() const;
  std::size_t covered() const;
  // covered * 100 / items, rounded down (never up): 99.9% is 99. 100 when
  // nothing is in scope.
  std::uint32_t percent() const;
};

// `in_scope(kind, index)` says which rules and mistakes coverage counts.
template <typename InScope>
Coverage
coverage_of(const model::RulePack& pack, const std::vector<CaseOutcome>& outcomes, InScope in_scope)
{
  Coverage coverage;
  coverage.cases = outcomes.size();
  coverage.rule_cases.assign(pack.rules.size(), 0);
  coverage.mistake_cases.assign(pack.mistakes.size(), 0);
  for (std::size_t r = 0; r < pack.rules.size(); ++r) {
    coverage.rule_in_scope.push_back(in_scope(model::PackItemKind::rule, r));
  }
  for (std::size_t m = 0; m < pack.mistakes.size(); ++m) {
    coverage.mistake_in_scope.push_back(in_scope(model::PackItemKind::mistake, m));
  }
  for (const auto& outcome : outcomes) {
    for (std::size_t r = 0; r < outcome.rules_fired.size(); ++r) {
      coverage.rule_cases[r] += outcome.rules_fired[r] ? 1 : 0;
    }
    for (std::size_t m = 0; m < outcome.mistakes_fired.size(); ++m) {
      coverage.mistake_cases[m] += outcome.mistakes_fired[m] ? 1 : 0;
    }
  }
  return coverage;
}

// Every rule and mistake in scope.
Coverage coverage_of(const model::RulePack& pack, const std::vector<CaseOutcome>& outcomes);

} // namespace framewise::engine
