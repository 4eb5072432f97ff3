// Fuzzes the profile loader with the built-in pack, then everything a loaded
// profile flows into: the engine, the text and JSON reports and the profile
// writer. Properties: no crash, no control character on the terminal, and a
// saved profile loads back to the same answers.
#include "fuzz_support.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/load/profile_loader.hpp>
#include <framewise/report/diagnostic_text.hpp>
#include <framewise/report/recommend/profile_yaml.hpp>
#include <framewise/report/recommend/recommendation.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const auto& pack = fuzz::builtin_pack();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  model::Diagnostics diagnostics;
  const auto profile = load::load_profile({"fuzz.yaml", text}, pack, diagnostics);
  fuzz::check(profile.has_value() == diagnostics.empty(), "a profile loads exactly when nothing is reported");
  for (const auto& diagnostic : diagnostics) {
    fuzz::check_terminal_safe(report::render_diagnostic(diagnostic), "a diagnostic");
  }
  if (!profile) {
    return 0;
  }
  const std::string saved = report::render_profile_yaml(pack, *profile);
  model::Diagnostics reload_diagnostics;
  const auto reloaded = load::load_profile({"saved.yaml", saved}, pack, reload_diagnostics);
  fuzz::check(reloaded.has_value(), "a saved profile loads");
  fuzz::check(reloaded->answers == profile->answers, "a saved profile keeps the answers");
  fuzz::check(reloaded->other_items == profile->other_items, "a saved profile keeps the free-form items");
  fuzz::check(reloaded->name == profile->name, "a saved profile keeps the name");

  const engine::Result result = engine::evaluate(pack, profile->answers);
  const report::RecommendationView view{pack, *profile, result};
  fuzz::check(!report::render_json(view).empty(), "JSON renders");
  fuzz::check_terminal_safe(report::render_text(view, report::TextStyle{report::Color::off, 80}), "the text report");
  return 0;
}
