#include <framewise/engine/gate.hpp>
#include <framewise/engine/waivers.hpp>

#include <algorithm>

namespace framewise::engine {

WaiverReview
review_waivers(const model::RulePack& pack, const std::vector<model::Waiver>& waivers, const Result& result,
               const model::Date& today)
{
  WaiverReview review;
  review.finding_waivers.resize(result.findings.size());
  for (std::size_t w = 0; w < waivers.size(); ++w) {
    const model::Waiver& waiver = waivers[w];
    const auto index = static_cast<std::uint32_t>(w);
    const auto mistake = std::find_if(pack.mistakes.begin(), pack.mistakes.end(),
                                      [&](const model::Mistake& entry) { return entry.id == waiver.id; });
    if (mistake == pack.mistakes.end()) {
      review.issues.push_back({index, WaiverProblem::unknown_mistake});
      continue;
    }
    if (waiver.until && *waiver.until < today) {
      review.issues.push_back({index, WaiverProblem::expired});
      continue;
    }
    const auto mistake_index = static_cast<std::uint32_t>(mistake - pack.mistakes.begin());
    for (std::size_t f = 0; f < result.findings.size(); ++f) {
      if (result.findings[f].mistake == mistake_index) {
        review.finding_waivers[f] = index;
      }
    }
  }
  return review;
}

bool
gate_fails_with_waivers(const model::RulePack& pack, const Result& result, const std::vector<GateFinding>& gate,
                        const WaiverReview& waivers, model::Severity fail_on)
{
  for (std::size_t f = 0; f < result.findings.size(); ++f) {
    if (!waivers.waived(f) && pack.mistakes[result.findings[f].mistake].severity >= fail_on) {
      return true;
    }
  }
  const bool gated =
    std::any_of(gate.begin(), gate.end(), [&](const GateFinding& finding) { return finding.severity >= fail_on; });
  return gated || !waivers.issues.empty();
}

} // namespace framewise::engine
