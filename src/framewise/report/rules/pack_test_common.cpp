#include <framewise/engine/scoring.hpp>
#include <framewise/report/rules/pack_test_report.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::report {

namespace {

std::string
framework_list(const model::RulePack& pack, const std::vector<std::uint32_t>& frameworks)
{
  std::vector<std::string> ids;
  for (const auto framework : frameworks) {
    ids.push_back(pack.frameworks[framework].id);
  }
  return fmt::format("{}", fmt::join(ids, ", "));
}

std::string
actual_pick(const model::RulePack& pack, const engine::Result& result)
{
  const std::string& first = pack.frameworks[result.ranking.front().framework].id;
  switch (result.decision) {
  case engine::Decision::decided:
    return first;
  case engine::Decision::tie:
    return fmt::format("none: {} and {} tie on raw points", first, pack.frameworks[result.ranking[1].framework].id);
  case engine::Decision::nothing_answered:
    return "none: no answer given moves any score";
  }
  return first;
}

} // namespace

std::size_t
PackTestRun::passed() const
{
  return static_cast<std::size_t>(std::count_if(outcomes.begin(), outcomes.end(),
                                                [](const engine::CaseOutcome& outcome) { return outcome.passed(); }));
}

const model::SourcePos&
item_pos(const model::RulePack& pack, model::PackItemKind kind, std::size_t index)
{
  return kind == model::PackItemKind::rule ? pack.rules[index].pos : pack.mistakes[index].pos;
}

std::string
item_name(const model::RulePack& pack, const model::PackItemRef& item)
{
  return item.kind == model::PackItemKind::rule ? fmt::format("rule '{}'", pack.rules[item.index].id)
                                                : fmt::format("mistake '{}'", pack.mistakes[item.index].id);
}

CaseDifference
describe_failure(const model::RulePack& pack, const model::PackTestCase& test_case, const engine::CaseOutcome& outcome,
                 const engine::CaseFailure& failure)
{
  const engine::Result& result = outcome.result;
  switch (failure.check) {
  case engine::CaseCheck::recommendation:
    return {"recommendation", pack.frameworks[*test_case.expect.recommendation].id, actual_pick(pack, result)};
  case engine::CaseCheck::ranking: {
    std::vector<std::uint32_t> actual;
    for (const auto& place : result.ranking) {
      actual.push_back(place.framework);
    }
    return {"ranking", framework_list(pack, test_case.expect.ranking), framework_list(pack, actual)};
  }
  case engine::CaseCheck::min_lead: {
    // Compared unrounded: a lead shown as the expected value may still be short.
    const double shown = engine::shown(result.margin);
    return {"min_lead", fmt::format("a lead of at least {}", *test_case.expect.min_lead),
            shown >= *test_case.expect.min_lead ? fmt::format("a lead of {:.6f}", result.margin)
                                                : fmt::format("a lead of {}", shown)};
  }
  case engine::CaseCheck::fires:
    return {"fires", fmt::format("{} fires", item_name(pack, failure.item)),
            fmt::format("{} does not fire", item_name(pack, failure.item))};
  case engine::CaseCheck::not_fires:
    return {"not_fires", fmt::format("{} does not fire", item_name(pack, failure.item)),
            fmt::format("{} fires", item_name(pack, failure.item))};
  }
  return {};
}

} // namespace framewise::report
