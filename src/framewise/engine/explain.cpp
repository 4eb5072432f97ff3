#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/explain.hpp>
#include <framewise/engine/scoring.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace framewise::engine {

namespace {

RuleState
state_of(model::Truth truth)
{
  switch (truth) {
  case model::Truth::yes:
    return RuleState::fired;
  case model::Truth::no:
    return RuleState::not_fired;
  case model::Truth::unknown:
    break;
  }
  return RuleState::open;
}

double
total_move(const AnswerEffect& effect)
{
  double sum = 0;
  for (const double move : effect.moved) {
    sum += std::abs(move);
  }
  return sum;
}

// Effects in tenths of a point when every fired rule's effect is a whole
// number of tenths (always, for the built-in pack): then every split and sum
// below is exact integer arithmetic.
bool
in_tenths(double points)
{
  const double tenths = points * 10.0;
  return std::abs(tenths) < 1e15 && std::abs(tenths - std::round(tenths)) <= 1e-9 * std::max(1.0, std::abs(tenths));
}

// Splits `effect` among `count` deciding questions: share[i] for the i-th in
// questionnaire order. In tenths when `exact`: equal shares rounded toward
// zero, the leftover tenths one each to the first questions; otherwise equal
// shares, the last one taking what rounding left.
double
share_of(double effect, std::size_t count, std::size_t i, bool exact)
{
  if (exact) {
    const auto tenths = static_cast<std::int64_t>(std::llround(effect * 10.0));
    const auto n = static_cast<std::int64_t>(count);
    const std::int64_t base = tenths / n;        // toward zero
    const std::int64_t left = tenths - base * n; // same sign as tenths, |left| < n
    const std::int64_t extra = static_cast<std::int64_t>(i) < (left < 0 ? -left : left) ? (left < 0 ? -1 : 1) : 0;
    return static_cast<double>(base + extra);
  }
  const double equal = effect / static_cast<double>(count);
  return i + 1 < count ? equal : effect - equal * static_cast<double>(count - 1);
}

void
attribute(const model::RulePack& pack, const model::Answers& answers, Explanation& explanation)
{
  const std::size_t count = pack.frameworks.size();
  bool exact = true;
  for (const auto& rule : pack.rules) {
    for (const double effect : rule.effects) {
      exact = exact && in_tenths(effect);
    }
  }
  const double unit = exact ? 10.0 : 1.0; // shares are in tenths when exact
  // [q * count + f]: question q's share of framework f, in `unit`ths of a point.
  std::vector<double> shares(pack.questions.size() * count, 0.0);
  std::vector<double> rest(count, 0.0);
  for (const auto& verdict : explanation.rules) {
    if (verdict.state != RuleState::fired) {
      continue;
    }
    const model::Rule& rule = pack.rules[verdict.rule];
    const auto questions = deciding_questions(rule.when, answers);
    for (std::size_t f = 0; f < count; ++f) {
      if (questions.empty()) {
        rest[f] += exact ? std::round(rule.effects[f] * 10.0) : rule.effects[f];
        continue;
      }
      for (std::size_t i = 0; i < questions.size(); ++i) {
        shares[questions[i] * count + f] += share_of(rule.effects[f], questions.size(), i, exact);
      }
    }
  }
  for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
    AnswerEffect effect{q, std::vector<double>(count)};
    for (std::size_t f = 0; f < count; ++f) {
      effect.moved[f] = shares[q * count + f] / unit;
    }
    if (largest_move(effect) > 0) {
      explanation.sensitivity.push_back(std::move(effect));
    }
  }
  explanation.unattributed.resize(count);
  for (std::size_t f = 0; f < count; ++f) {
    explanation.unattributed[f] = rest[f] / unit;
  }
  std::stable_sort(explanation.sensitivity.begin(), explanation.sensitivity.end(),
                   [](const AnswerEffect& a, const AnswerEffect& b) {
                     const double largest_a = largest_move(a);
                     const double largest_b = largest_move(b);
                     if (largest_a != largest_b) {
                       return largest_a > largest_b;
                     }
                     return total_move(a) > total_move(b);
                   });
}

} // namespace

double
largest_move(const AnswerEffect& effect)
{
  double largest = 0;
  for (const double move : effect.moved) {
    largest = std::max(largest, std::abs(move));
  }
  return largest;
}

Explanation
explain(const model::RulePack& pack, const model::Answers& answers)
{
  Explanation explanation;
  explanation.rules.reserve(pack.rules.size());
  for (std::uint32_t r = 0; r < pack.rules.size(); ++r) {
    const model::Condition& when = pack.rules[r].when;
    RuleVerdict verdict{r, state_of(evaluate(when, answers)), {}};
    for (const auto node : deciding_nodes(when, answers)) {
      verdict.deciding.push_back({node, comparison_truth(when.nodes[node], answers)});
    }
    explanation.rules.push_back(std::move(verdict));
  }
  attribute(pack, answers, explanation);
  return explanation;
}

} // namespace framewise::engine
