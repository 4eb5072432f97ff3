#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/explain.hpp>
#include <framewise/engine/scoring.hpp>

#include <algorithm>
#include <cmath>

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

std::vector<AnswerEffect>
sensitivity(const model::RulePack& pack, const model::Answers& answers)
{
  const std::size_t count = pack.frameworks.size();
  std::vector<double> base(count);
  std::vector<double> without(count);
  add_up(pack, answers, base);
  model::Answers trial = answers;
  std::vector<AnswerEffect> effects;
  for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
    if (!answers[q].answered) {
      continue;
    }
    trial[q] = model::Answer{};
    add_up(pack, trial, without);
    trial[q] = answers[q];
    AnswerEffect effect{q, std::vector<double>(count)};
    for (std::size_t f = 0; f < count; ++f) {
      effect.moved[f] = base[f] - without[f];
    }
    if (largest_move(effect) > 0) {
      effects.push_back(std::move(effect));
    }
  }
  std::stable_sort(effects.begin(), effects.end(), [](const AnswerEffect& a, const AnswerEffect& b) {
    const double largest_a = largest_move(a);
    const double largest_b = largest_move(b);
    if (largest_a != largest_b) {
      return largest_a > largest_b;
    }
    return total_move(a) > total_move(b);
  });
  return effects;
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
  explanation.sensitivity = sensitivity(pack, answers);
  return explanation;
}

} // namespace framewise::engine
