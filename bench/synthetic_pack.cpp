#include "synthetic_pack.hpp"

#include <fmt/format.h>

#include <random>

namespace bench {

namespace {

constexpr const char* k_frameworks[] = {"fastapi", "flask", "django"};

// One comparison on question `q`, valid for its type (q % 4, see below).
std::string
comparison(std::size_t q, std::mt19937& random)
{
  switch (q % 4) {
  case 0:
    return fmt::format("{{q: q{}, eq: {}}}", q, random() % 2 == 0 ? "true" : "false");
  case 1: {
    const auto first = random() % 4;
    return fmt::format("{{q: q{}, in: [o{}, o{}]}}", q, first, (first + 1) % 4);
  }
  case 2:
    return fmt::format("{{q: q{}, {}: {}}}", q, random() % 2 == 0 ? "gt" : "lte", random() % 1000);
  default:
    return fmt::format("{{q: q{}, contains: [o{}]}}", q, random() % 5);
  }
}

// A non-zero effect from -10 to 10, as the loader requires.
int
effect(std::mt19937& random)
{
  const int magnitude = 1 + static_cast<int>(random() % 10);
  return random() % 2 == 0 ? magnitude : -magnitude;
}

} // namespace

std::string
synthetic_pack_yaml(std::size_t questions)
{
  std::mt19937 random(static_cast<std::mt19937::result_type>(questions));
  std::string yaml = "frameworks:\n";
  for (const char* id : k_frameworks) {
    yaml += fmt::format("  - {{id: {}, name: {}, source: s}}\n", id, id);
  }
  yaml += "questions:\n";
  for (std::size_t q = 0; q < questions; ++q) {
    switch (q % 4) {
    case 0:
      yaml += fmt::format("  - {{id: q{}, prompt: p, help: h, type: boolean, source: s}}\n", q);
      break;
    case 1:
      yaml +=
        fmt::format("  - {{id: q{}, prompt: p, help: h, type: choice, options: [o0, o1, o2, o3], source: s}}\n", q);
      break;
    case 2:
      yaml += fmt::format("  - {{id: q{}, prompt: p, help: h, type: integer, min: 0, max: 1000, source: s}}\n", q);
      break;
    default:
      yaml +=
        fmt::format("  - {{id: q{}, prompt: p, help: h, type: list, options: [o0, o1, o2, o3, o4], source: s}}\n", q);
    }
  }
  yaml += "rules:\n";
  const std::size_t rules = questions * 11 / 5;
  for (std::size_t r = 0; r < rules; ++r) {
    const std::size_t parts = 1 + random() % 3;
    std::string when = comparison(random() % questions, random);
    if (parts > 1) {
      when = fmt::format("{{{}: [{}", random() % 2 == 0 ? "all" : "any", when);
      for (std::size_t p = 1; p < parts; ++p) {
        when += ", " + comparison(random() % questions, random);
      }
      when += "]}";
    }
    yaml += fmt::format("  - {{id: r{}, when: {}, effects: {{{}: {}}}, reason: r, source: s}}\n", r, when,
                        k_frameworks[random() % 3], effect(random));
  }
  yaml += "mistakes:\n";
  for (std::size_t m = 0; m < questions / 3; ++m) {
    std::string when = comparison(random() % questions, random);
    if (m % 2 == 0) {
      when = fmt::format("{{all: [{}, {{q: recommendation, eq: {}}}]}}", when, k_frameworks[m % 3]);
    }
    yaml += fmt::format(
      "  - {{id: m{}, severity: warning, when: {}, title: t, message: m, symptom: s, fix: f, source: s}}\n", m, when);
  }
  return yaml;
}

} // namespace bench
