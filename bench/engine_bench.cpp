// In-process engine figures for `make bench`, in CPU time of one thread: how long the built-in pack takes
// to load (compiled at build time vs parsed from YAML), how many profiles one
// core evaluates per second, and how evaluation (and what-if, when this build
// has it) grows with the number of questions. See bench/README.md.
#include "random_profiles.hpp"
#include "scoring_plan.hpp"
#include "synthetic_pack.hpp"
#include "what_if_hook.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>
#include <framewise/load/embedded_pack.hpp>
#include <framewise/load/pack_blob.hpp>
#include <framewise/load/pack_loader.hpp>
#include <framewise/report/diagnostic_text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <vector>

namespace {

namespace model = framewise::model;
namespace engine = framewise::engine;
namespace load = framewise::load;

constexpr std::size_t k_profiles = 100'000;
constexpr std::size_t k_evaluate_profiles = 5'000;

// Keeps results alive so the optimiser cannot skip the work being timed.
volatile std::size_t g_sink = 0;

struct Timing
{
  double median = 0; // seconds per call of `work`
  double min = 0;
  double max = 0;
};

// CPU seconds this thread has run: on a shared machine the time other
// processes take the core must not count as ours.
double
thread_seconds()
{
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Calls `work` repeatedly for about `budget` CPU seconds (at least 5 times)
// and returns the median, min and max CPU seconds of one call.
template <class Work>
Timing
time_calls(Work&& work, double budget = 0.5)
{
  std::vector<double> seconds;
  const double deadline = thread_seconds() + budget;
  while (seconds.size() < 5 || thread_seconds() < deadline) {
    const double start = thread_seconds();
    work();
    seconds.push_back(thread_seconds() - start);
  }
  std::sort(seconds.begin(), seconds.end());
  return Timing{seconds[seconds.size() / 2], seconds.front(), seconds.back()};
}

model::RulePack
load_yaml(std::span<const load::SourceText> files)
{
  const load::PackLayer layer{{files.begin(), files.end()}};
  model::Diagnostics diagnostics;
  auto pack = load::load_pack({&layer, 1}, diagnostics);
  if (!pack) {
    for (const auto& diagnostic : diagnostics) {
      std::fputs(framewise::report::render_diagnostic(diagnostic).c_str(), stderr);
    }
    throw std::runtime_error("a benchmark pack does not load");
  }
  return std::move(*pack);
}

// Asks for the cache lines of `answers` ahead of their use.
void
prefetch(const model::Answers& answers)
{
  const auto* bytes = reinterpret_cast<const char*>(answers.data());
  for (std::size_t at = 0; at < answers.size() * sizeof(model::Answer); at += 64) {
    __builtin_prefetch(bytes + at);
  }
}

enum class Prefetch
{
  none,
  next_profiles
};
enum class Path
{
  plan,
  rule_by_rule
};

// Seconds for one top pick over each of `profiles`, per profile: with the
// pack's ScoringPlan (made once, outside the timing, as a batch evaluator
// would) or with the plain rule-by-rule engine::top_pick. With
// Prefetch::next_profiles the loop asks for the answers of the profiles two
// ahead: the difference to Prefetch::none is the time spent waiting for memory
// rather than evaluating.
Timing
top_pick_per_profile(const model::RulePack& pack, const std::vector<model::Answers>& profiles,
                     Prefetch mode = Prefetch::none, Path path = Path::plan)
{
  const framewise::bench::ScoringPlan plan(pack);
  Timing pass = time_calls([&] {
    std::size_t sum = 0;
    for (std::size_t i = 0; i < profiles.size(); ++i) {
      if (mode == Prefetch::next_profiles && i + 2 < profiles.size()) {
        prefetch(profiles[i + 2]);
      }
      sum += path == Path::plan ? plan.top_pick(profiles[i]) : engine::top_pick(pack, profiles[i]);
    }
    g_sink = g_sink + sum;
  });
  const auto count = static_cast<double>(profiles.size());
  return Timing{pass.median / count, pass.min / count, pass.max / count};
}

// Seconds for a full engine::evaluate (everything a report shows), per profile.
double
evaluate_per_profile(const model::RulePack& pack, const std::vector<model::Answers>& profiles)
{
  const std::size_t count = std::min(profiles.size(), k_evaluate_profiles);
  const Timing pass = time_calls([&] {
    std::size_t sum = 0;
    for (std::size_t i = 0; i < count; ++i) {
      sum += engine::evaluate(pack, profiles[i]).findings.size();
    }
    g_sink = g_sink + sum;
  });
  return pass.median / static_cast<double>(count);
}

// Median seconds of one full what-if search, over a few profiles; nothing
// when this build has no what-if engine.
std::string
what_if_cell(const bench::WhatIfRun& what_if, const model::RulePack& pack, const std::vector<model::Answers>& profiles)
{
  if (!what_if) {
    return "n/a (not in this build)";
  }
  std::vector<double> medians;
  for (std::size_t i = 0; i < std::min<std::size_t>(profiles.size(), 20); ++i) {
    medians.push_back(time_calls([&] { g_sink = g_sink + what_if(pack, profiles[i]); }, 0.05).median);
  }
  std::sort(medians.begin(), medians.end());
  return fmt::format("{:.3f} ms (median), {:.3f} ms (worst of 20)", medians[medians.size() / 2] * 1e3,
                     medians.back() * 1e3);
}

} // namespace

int
main()
{
  const bench::WhatIfRun what_if = bench::what_if_engine();

  const auto bytes = load::embedded_pack_bytes();
  const Timing compiled = time_calls([&] { g_sink = g_sink + load::decode_pack(bytes)->rules.size(); });
  const Timing yaml = time_calls([&] { g_sink = g_sink + load_yaml(load::embedded_pack_files()).rules.size(); });
  const model::RulePack builtin = *load::decode_pack(bytes);

  std::printf("built-in pack load (in-process)    median     min     max\n");
  std::printf("  compiled at build time         %7.1f us %7.1f %7.1f\n", compiled.median * 1e6, compiled.min * 1e6,
              compiled.max * 1e6);
  std::printf("  parsed from YAML (--rules)     %7.1f us %7.1f %7.1f\n", yaml.median * 1e6, yaml.min * 1e6,
              yaml.max * 1e6);

  const auto profiles = bench::random_profiles(builtin, k_profiles);
  const Timing pick = top_pick_per_profile(builtin, profiles);
  std::printf("\nengine throughput, one core, built-in pack (%zu questions, %zu rules),\n"
              "%zu random valid profiles (target >= 5,000,000 profiles/s):\n",
              builtin.questions.size(), builtin.rules.size(), k_profiles);
  std::printf("  top pick                       %.2f M profiles/s (%.0f ns/profile, min %.0f, max %.0f)\n",
              1e-6 / pick.median, pick.median * 1e9, pick.min * 1e9, pick.max * 1e9);
  const Timing ahead = top_pick_per_profile(builtin, profiles, Prefetch::next_profiles);
  std::printf("  top pick, next profiles prefetched %.2f M profiles/s (%.0f ns/profile)\n", 1e-6 / ahead.median,
              ahead.median * 1e9);
  const Timing plain = top_pick_per_profile(builtin, profiles, Prefetch::none, Path::rule_by_rule);
  std::printf("  top pick, rule by rule (no plan) %.2f M profiles/s (%.0f ns/profile)\n", 1e-6 / plain.median,
              plain.median * 1e9);
  const Timing plan_build =
    time_calls([&] { g_sink = g_sink + framewise::bench::ScoringPlan(builtin).framework_count(); });
  std::printf("  making the scoring plan, once per pack %.1f us\n", plan_build.median * 1e6);
  const std::vector<model::Answers> resident(profiles.begin(), profiles.begin() + 1000);
  const Timing hot = top_pick_per_profile(builtin, resident);
  std::printf("  top pick, 1,000 of them (in cache) %.2f M profiles/s (%.0f ns/profile)\n", 1e-6 / hot.median,
              hot.median * 1e9);
  std::printf("  full evaluate (what a report shows)  %.1f us/profile\n",
              evaluate_per_profile(builtin, profiles) * 1e6);
  std::printf("  full what-if, one profile      %s\n", what_if_cell(what_if, builtin, profiles).c_str());

  std::printf("\ngrowth with pack size (generated packs, %zu random profiles each):\n", k_profiles);
  std::printf("  questions  rules   top pick ns  evaluate us  what-if\n");
  for (const std::size_t questions : {20U, 40U, 80U}) {
    const std::string yaml_text = bench::synthetic_pack_yaml(questions);
    const load::SourceText file{"synthetic.yaml", yaml_text};
    const model::RulePack pack = load_yaml({&file, 1});
    const auto generated = bench::random_profiles(pack, k_profiles, questions);
    std::printf("  %9zu %6zu %13.0f %12.1f  %s\n", pack.questions.size(), pack.rules.size(),
                top_pick_per_profile(pack, generated).median * 1e9, evaluate_per_profile(pack, generated) * 1e6,
                what_if_cell(what_if, pack, generated).c_str());
  }
  return 0;
}
