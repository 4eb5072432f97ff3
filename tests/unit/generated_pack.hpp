#pragma once
// Generated rule packs for property tests (scoring plan, scores, attribution):
// one generator, so every property is checked on the same kinds of packs.

#include <framewise/engine/evaluate.hpp>
#include <framewise/model/pack.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <random>
#include <string>

namespace test {

// A generated pack: `questions` questions of the four types in turn and rules
// nesting all/any/not over every operator the YAML offers, with effects that
// are whole or halves, and maybe tenths (tenths are not exact in binary, so
// the order of the additions shows in the last bit: such packs take the
// plan's other path).
enum class Effects
{
  whole_and_halves,
  with_tenths
};

inline std::string
generated_pack(std::size_t questions, std::size_t frameworks, std::uint64_t seed, Effects kind = Effects::with_tenths)
{
  std::mt19937_64 random(seed);
  std::string yaml = "frameworks:\n";
  for (std::size_t f = 0; f < frameworks; ++f) {
    yaml += fmt::format("  - {{id: f{}, name: F{}, source: s}}\n", f, f);
  }
  yaml += "questions:\n";
  for (std::size_t q = 0; q < questions; ++q) {
    const char* types[] = {"type: boolean", "type: choice, options: [o0, o1, o2, o3]",
                           "type: integer, min: -50, max: 1000",
                           "type: list, open: true, options: [o0, o1, o2, o3, o4]"};
    yaml += fmt::format("  - {{id: q{}, prompt: p, help: h, {}, source: s}}\n", q, types[q % 4]);
  }
  const auto comparison = [&](std::size_t q) -> std::string {
    if (random() % 8 == 0) {
      return fmt::format("{{q: q{}, answered: {}}}", q, random() % 2 == 0 ? "true" : "false");
    }
    switch (q % 4) {
    case 0:
      return fmt::format("{{q: q{}, {}: {}}}", q, random() % 2 == 0 ? "eq" : "ne",
                         random() % 2 == 0 ? "true" : "false");
    case 1:
      if (random() % 2 == 0) {
        return fmt::format("{{q: q{}, {}: o{}}}", q, random() % 2 == 0 ? "eq" : "ne", random() % 4);
      }
      return fmt::format("{{q: q{}, in: [o{}, o{}]}}", q, random() % 4, random() % 4);
    case 2: {
      const char* ops[] = {"eq", "ne", "lt", "lte", "gt", "gte"};
      return fmt::format("{{q: q{}, {}: {}}}", q, ops[random() % 6], static_cast<int>(random() % 1050) - 50);
    }
    default:
      return fmt::format("{{q: q{}, contains: [o{}, o{}]}}", q, random() % 5, random() % 5);
    }
  };
  std::function<std::string(int)> condition = [&](int depth) -> std::string {
    const auto shape = random() % 6;
    if (depth >= 3 || shape < 3) {
      return comparison(random() % questions);
    }
    if (shape == 3) {
      return fmt::format("{{not: {}}}", condition(depth + 1));
    }
    std::string parts;
    for (std::size_t p = 0, count = 1 + random() % 3; p < count; ++p) {
      parts += (p == 0 ? "" : ", ") + condition(depth + 1);
    }
    return fmt::format("{{{}: [{}]}}", shape == 4 ? "all" : "any", parts);
  };
  yaml += "rules:\n";
  for (std::size_t r = 0; r < questions * 3; ++r) {
    std::string effects;
    for (std::size_t f = 0; f < frameworks; ++f) {
      if (random() % 2 == 0) {
        const double steps[] = {1.0, 0.5, 0.1};
        const double step = steps[random() % (kind == Effects::with_tenths ? 3 : 2)];
        const double magnitude = static_cast<double>(1 + random() % 90) * step;
        effects += fmt::format("{}f{}: {}", effects.empty() ? "" : ", ", f, random() % 2 == 0 ? magnitude : -magnitude);
      }
    }
    if (effects.empty()) {
      effects = "f0: 1";
    }
    yaml += fmt::format("  - {{id: r{}, when: {}, effects: {{{}}}, reason: r, source: s}}\n", r, condition(0), effects);
  }
  return yaml;
}

// Answers load_profile could produce for `pack`: each question unanswered
// one time in five, otherwise one of engine::candidate_answers (the values
// that reach every outcome of the pack's comparisons).
inline framewise::model::Answers
random_answers(const framewise::model::RulePack& pack, std::mt19937_64& random)
{
  framewise::model::Answers answers(pack.questions.size());
  for (std::uint32_t q = 0; q < answers.size(); ++q) {
    const auto candidates = framewise::engine::candidate_answers(pack, q);
    if (random() % 5 != 0 && !candidates.empty()) {
      answers[q] = candidates[random() % candidates.size()];
    }
  }
  return answers;
}

} // namespace test
