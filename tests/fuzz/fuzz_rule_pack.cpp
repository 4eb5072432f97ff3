// Fuzzes the rule-pack loader. The first byte chooses how the fuzz file is
// loaded: alone (as with --no-builtin-rules), or as a --rules layer over the
// built-in frameworks and questions, which reaches the override and
// cross-checking code. A pack
// that loads is then used: evaluated with no answers and reported on.
// With bit 1 of the first byte set, the file is a pack's test-case file
// (tests/*.yaml) instead, loaded against the built-in frameworks, questions
// and mistakes; cases that load are run and every report of `rules test`
// rendered.
#include "fuzz_support.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/pack_lint.hpp>
#include <framewise/engine/pack_test_run.hpp>
#include <framewise/load/embedded_pack.hpp>
#include <framewise/load/pack_loader.hpp>
#include <framewise/load/pack_test_loader.hpp>
#include <framewise/model/profile.hpp>
#include <framewise/report/diagnostic_text.hpp>
#include <framewise/report/recommend/recommendation.hpp>
#include <framewise/report/rules/lint_report.hpp>
#include <framewise/report/rules/pack_test_report.hpp>

namespace {

void
fuzz_test_cases(std::string_view text)
{
  using namespace framewise;
  static const model::RulePack pack = [] {
    load::PackLayer base;
    for (const auto& file : load::embedded_pack_files()) {
      if (file.name.ends_with("frameworks.yaml") || file.name.ends_with("questions.yaml") ||
          file.name.ends_with("mistakes.yaml") || file.name.ends_with("concurrency.yaml")) {
        base.files.push_back(file);
      }
    }
    model::Diagnostics diagnostics;
    auto loaded = load::load_pack({&base, 1}, diagnostics);
    fuzz::check(loaded.has_value(), "the built-in parts load");
    return std::move(*loaded);
  }();
  model::Diagnostics diagnostics;
  const auto cases = load::load_pack_tests({"fuzz-rules/tests/cases.yaml", text}, pack, diagnostics);
  fuzz::check(cases.has_value() == diagnostics.empty(), "test cases load exactly when nothing is reported");
  for (const auto& diagnostic : diagnostics) {
    fuzz::check_terminal_safe(report::render_diagnostic(diagnostic), "a diagnostic");
  }
  if (!cases) {
    return;
  }
  std::vector<engine::CaseOutcome> outcomes;
  for (const auto& test_case : *cases) {
    outcomes.push_back(engine::run_case(pack, test_case));
  }
  const report::PackTestRun run{pack, *cases, outcomes, engine::coverage_of(pack, outcomes), 50};
  fuzz::check(run.passed() + run.failed() == cases->size(), "every case passes or fails");
  fuzz::check(run.coverage.percent() <= 100, "coverage is a percentage");
  fuzz::check_terminal_safe(report::render_pack_tests_text(run), "the rules test report");
  fuzz::check(!report::render_pack_tests_json(run).empty(), "JSON renders");
  fuzz::check(!report::render_pack_tests_junit(run).empty(), "JUnit renders");
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  fuzz::ByteReader reader(data, size);
  const unsigned mode = reader.byte();
  const bool over_builtin = (mode & 1U) != 0;
  const std::string_view text = reader.rest();
  if ((mode & 2U) != 0) {
    fuzz_test_cases(text);
    return 0;
  }
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
  // Lint judges every condition by trying answers (bounded per condition);
  // its reports must render whatever the pack holds.
  const auto problems = engine::lint_pack(*pack);
  fuzz::check_terminal_safe(report::render_lint_text(problems, "summary", true), "the lint report");
  fuzz::check(!report::render_lint_json(problems, false, pack->layer_changes, pack->questions).empty(),
              "lint JSON renders");
  fuzz::check(!report::render_lint_sarif(problems, "0").empty(), "lint SARIF renders");
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
