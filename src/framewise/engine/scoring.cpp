#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/scoring.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace framewise::engine {

void
add_up(const model::RulePack& pack, const model::Answers& answers, std::span<double> raw)
{
  std::fill(raw.begin(), raw.end(), 0.0);
  for (const auto& rule : pack.rules) {
    if (evaluate(rule.when, answers) != model::Truth::yes) {
      continue;
    }
    for (std::size_t f = 0; f < raw.size(); ++f) {
      raw[f] += rule.effects[f];
    }
  }
}

std::uint32_t
best_of(std::span<const double> raw)
{
  std::uint32_t best = 0;
  for (std::uint32_t f = 1; f < raw.size(); ++f) {
    if (raw[f] > raw[best]) {
      best = f;
    }
  }
  return best;
}

std::uint32_t
top_pick(const model::RulePack& pack, const model::Answers& answers)
{
  constexpr std::size_t k_inline = 16;
  const std::size_t count = pack.frameworks.size();
  if (count <= k_inline) {
    std::array<double, k_inline> raw{};
    add_up(pack, answers, std::span(raw.data(), count));
    return best_of(std::span(raw.data(), count));
  }
  std::vector<double> raw(count);
  add_up(pack, answers, raw);
  return best_of(raw);
}

double
to_score(double raw, double scale)
{
  return 100.0 / (1.0 + std::exp(-raw / scale));
}

} // namespace framewise::engine
