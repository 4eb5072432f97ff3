#pragma once

#include <framewise/engine/gate.hpp>
#include <framewise/engine/result.hpp>
#include <framewise/model/date.hpp>
#include <framewise/model/pack.hpp>
#include <framewise/model/profile.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace framewise::engine {

// A waiver that is itself a finding of `framewise check` (always an error:
// it no longer says what the team thinks it says).
enum class WaiverProblem : std::uint8_t
{
  expired,        // `until` is before today: the mistake it waived counts again
  unknown_mistake // `id` names no mistake of the pack (a typo waives nothing)
};

struct WaiverIssue
{
  std::uint32_t waiver = 0; // index into Profile::waivers
  WaiverProblem problem = WaiverProblem::expired;
};

struct WaiverReview
{
  // Per entry of Result::findings: the waiver that accepts it, if any. Empty
  // (a profile without waivers) means none is waived.
  std::vector<std::optional<std::uint32_t>> finding_waivers;
  std::vector<WaiverIssue> issues; // in waiver order

  bool
  waived(std::size_t finding) const
  {
    return finding < finding_waivers.size() && finding_waivers[finding].has_value();
  }
};

// Matches `waivers` against the mistakes that fired. A waiver holds through
// the whole of its `until` day: on `today` == until it still waives, the day
// after it has expired. Pure: `today` is given, never read from a clock.
WaiverReview review_waivers(const model::RulePack& pack, const std::vector<model::Waiver>& waivers,
                            const Result& result, const model::Date& today);

// Whether the gate fails once waivers are counted: a mistake that is not
// waived, or a gate finding, at or above `fail_on`, or any waiver issue.
bool gate_fails_with_waivers(const model::RulePack& pack, const Result& result, const std::vector<GateFinding>& gate,
                             const WaiverReview& waivers, model::Severity fail_on);

} // namespace framewise::engine
