#pragma once

#include <framewise/engine/result.hpp>
#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace framewise::engine {

// The checks of the CI gate itself, beside the pack's common mistakes.
enum class GateCheck : std::uint8_t
{
  framework_mismatch,        // the framework in use trails the pick by a clear margin
  unexpected_recommendation, // --expect FW, and the pick is another framework
  narrow_margin,             // --min-margin N, and the pick leads by less than N
  // The pick rests on no evidence or on a tie (Result::decision): an error
  // with --expect or --min-margin, which cannot be confirmed then; otherwise
  // info, so a template straight from `framewise init` says it decides nothing.
  no_decision
};

struct GateFinding
{
  GateCheck check = GateCheck::framework_mismatch;
  model::Severity severity = model::Severity::warning;
  // framework_mismatch: the framework in use; unexpected_recommendation: the
  // expected one; narrow_margin and no_decision: the runner-up.
  std::uint32_t framework = 0;
  // framework_mismatch: score of the pick minus score of `framework`;
  // narrow_margin: the pick's margin.
  double gap = 0;
  std::vector<std::uint32_t> questions; // the answers that made it fire
};

struct GateOptions
{
  model::Severity fail_on = model::Severity::error;
  std::optional<std::uint32_t> expect; // framework index
  std::optional<double> min_margin;    // score points
};

// `framework_mismatch` (severity warning) when `current_framework` is answered
// with a framework of `pack` that is not the pick and scores more than
// k_clear_margin below it. Nothing when the pack has no such question.
std::optional<GateFinding> framework_mismatch(const model::RulePack& pack, const model::Answers& answers,
                                              const Result& result);

// Every gate finding for one evaluated profile: the mismatch, then the failed
// expectations of `options` (severity error, so they always fail the gate),
// then no_decision when the pick is not decided.
std::vector<GateFinding> gate_findings(const model::RulePack& pack, const model::Answers& answers, const Result& result,
                                       const GateOptions& options);

// Whether a mistake of `result` or a gate finding is at or above `fail_on`.
bool gate_fails(const model::RulePack& pack, const Result& result, const std::vector<GateFinding>& gate,
                model::Severity fail_on);

} // namespace framewise::engine
