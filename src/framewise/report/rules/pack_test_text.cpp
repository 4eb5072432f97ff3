#include <framewise/report/rules/pack_test_report.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

namespace {

std::string
position(const model::SourcePos& pos)
{
  return fmt::format("{}:{}:{}", escape_controls(pos.file), pos.line, pos.column);
}

// The rules and mistakes that fired in `wanted(cases)` cases, one line each.
template <typename Wanted>
std::string
coverage_lines(const PackTestRun& run, std::string_view heading, Wanted wanted)
{
  std::string out;
  const auto add = [&](model::PackItemKind kind, const std::vector<std::uint32_t>& counts) {
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (run.coverage.in_scope(kind, i) && wanted(counts[i])) {
        const model::PackItemRef ref{kind, static_cast<std::uint32_t>(i), {}};
        out +=
          fmt::format("  {}: {} at {}\n", heading, item_name(run.pack, ref), position(item_pos(run.pack, kind, i)));
      }
    }
  };
  add(model::PackItemKind::rule, run.coverage.rule_cases);
  add(model::PackItemKind::mistake, run.coverage.mistake_cases);
  return out;
}

} // namespace

std::string
render_pack_tests_text(const PackTestRun& run)
{
  std::string out;
  for (std::size_t c = 0; c < run.cases.size(); ++c) {
    const auto& test_case = run.cases[c];
    const auto& outcome = run.outcomes[c];
    if (outcome.passed()) {
      out += fmt::format("ok   {}\n", escape_controls(test_case.id));
      continue;
    }
    out += fmt::format("FAIL {} at {}\n", escape_controls(test_case.id), position(test_case.pos));
    for (const auto& failure : outcome.failures) {
      const CaseDifference difference = describe_failure(run.pack, test_case, outcome, failure);
      out += fmt::format("     - {}: {}\n     + {}: {}\n", difference.check, difference.expected, difference.check,
                         difference.actual);
    }
  }
  const engine::Coverage& coverage = run.coverage;
  out += fmt::format("coverage: {} of {} rules and mistakes fire in at least one case ({}%)\n", coverage.covered(),
                     coverage.items(), coverage.percent());
  out += coverage_lines(run, "never fires", [](std::uint32_t cases) { return cases == 0; });
  if (coverage.cases >= 2) { // with one case, everything that fires fires in every case
    out += coverage_lines(run, "fires in every case", [&](std::uint32_t cases) { return cases == coverage.cases; });
  }
  if (run.min_coverage) {
    out += run.coverage_too_low()
             ? fmt::format("coverage {}% is below --min-coverage {}\n", coverage.percent(), *run.min_coverage)
             : fmt::format("coverage {}% meets --min-coverage {}\n", coverage.percent(), *run.min_coverage);
  }
  out += fmt::format("{} passed, {} failed\n", run.passed(), run.failed());
  return out;
}

} // namespace framewise::report
