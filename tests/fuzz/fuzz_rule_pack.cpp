// Fuzzes the rule-pack loader. The first byte chooses how the fuzz file is
// loaded: alone (as with --no-builtin-rules), or as a --rules layer over the
// built-in frameworks and questions, which reaches the override and
// cross-checking code. A pack
// that loads is then used: evaluated with no answers and reported on.
#include "fuzz_support.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/load/embedded_pack.hpp>
#include <framewise/load/pack_loader.hpp>
#include <framewise/model/profile.hpp>
#include <framewise/report/diagnostic_text.hpp>
#include <framewise/report/recommend/recommendation.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  fuzz::ByteReader reader(data, size);
  const bool over_builtin = (reader.byte() & 1U) != 0;
  const std::string_view text = reader.rest();
  std::vector<load::PackLayer> layers;
  if (over_builtin) {
    // Only the built-in frameworks and questions: what a --rules layer's names
    // are checked against, at a tenth of the cost of the whole pack per run.
    load::PackLayer base;
    for (const auto& file : load::embedded_pack_files()) {
      if (file.name.ends_with("frameworks.yaml") || file.name.ends_with("questions.yaml")) {
        base.files.push_back(file);
      }
    }
    layers.push_back(std::move(base));
  }
  layers.push_back(load::PackLayer{{load::SourceText{"fuzz-rules/pack.yaml", text}}});
  model::Diagnostics diagnostics;
  const auto pack = load::load_pack(layers, diagnostics);
  fuzz::check(pack.has_value() == diagnostics.empty(), "a pack loads exactly when nothing is reported");
  for (const auto& diagnostic : diagnostics) {
    fuzz::check_terminal_safe(report::render_diagnostic(diagnostic), "a diagnostic");
  }
  if (!pack || pack->frameworks.empty()) {
    return 0;
  }
  model::Profile profile;
  profile.answers.resize(pack->questions.size());
  profile.positions.resize(pack->questions.size());
  profile.other_items.resize(pack->questions.size());
  const engine::Result result = engine::evaluate(*pack, profile.answers);
  const report::RecommendationView view{*pack, profile, result};
  fuzz::check(!report::render_json(view).empty(), "JSON renders");
  fuzz::check_terminal_safe(report::render_text(view, report::TextStyle{report::Color::off, 80}), "the text report");
  return 0;
}
