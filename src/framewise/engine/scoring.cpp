#include <framewise/engine/condition_flags.hpp>
#include <framewise/engine/scoring.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace framewise::engine {

namespace {

// add_up's loop, with `count` known at compile time when it is a template
// argument: the totals then live in registers for the whole loop instead of
// being stored and reloaded for every rule.
template <std::size_t count>
void
add_up_fixed(const model::RulePack& pack, const model::Answers& answers, double* raw)
{
  std::array<double, count> totals{};
  for (const auto& rule : pack.rules) {
    // Adding 0 x effect for a rule that does not fire, instead of skipping
    // it, spares a branch that real answers make unpredictable. The totals are
    // the same bit for bit: effects are finite and x + 0 is x.
    const auto fired = static_cast<double>(detail::condition_flags(rule.when, answers, k_no_pick).yes);
    const double* effects = rule.effects.data();
    for (std::size_t f = 0; f < count; ++f) {
      totals[f] += fired * effects[f];
    }
  }
  std::copy(totals.begin(), totals.end(), raw);
}

} // namespace

void
add_up(const model::RulePack& pack, const model::Answers& answers, std::span<double> raw)
{
  switch (raw.size()) {
  case 2:
    return add_up_fixed<2>(pack, answers, raw.data());
  case 3:
    return add_up_fixed<3>(pack, answers, raw.data());
  case 4:
    return add_up_fixed<4>(pack, answers, raw.data());
  default:
    break;
  }
  std::fill(raw.begin(), raw.end(), 0.0);
  for (const auto& rule : pack.rules) {
    const double fired = detail::condition_flags(rule.when, answers, k_no_pick).yes ? 1.0 : 0.0;
    for (std::size_t f = 0; f < raw.size(); ++f) {
      raw[f] += fired * rule.effects[f];
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
to_score(std::span<const double> raw, std::size_t framework, double scale)
{
  double sum = 0;
  for (const double other : raw) {
    sum += std::exp((other - raw[framework]) / scale);
  }
  return 100.0 / sum;
}

double
lead_of(std::span<const double> raw, std::size_t ahead, std::size_t behind, double scale)
{
  return to_score(raw, ahead, scale) * -std::expm1((raw[behind] - raw[ahead]) / scale);
}

double
shown(double points)
{
  // + 0.0 turns -0.0 (a share that rounds to nothing) into 0.
  return std::round(points * 10.0) / 10.0 + 0.0;
}

double
margin_of(std::span<const double> raw, double scale)
{
  if (raw.size() < 2) {
    return 0;
  }
  const std::uint32_t first = best_of(raw);
  std::uint32_t second = first == 0 ? 1 : 0;
  for (std::uint32_t f = 0; f < raw.size(); ++f) {
    if (f != first && raw[f] > raw[second]) {
      second = f;
    }
  }
  return lead_of(raw, first, second, scale);
}

} // namespace framewise::engine
