#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/condition.hpp>

#include <cstdint>
#include <vector>

namespace framewise::engine {

// No pick yet: mistakes read the pick, scoring rules never do.
inline constexpr std::uint32_t k_no_pick = 0xFFFFFFFFu;

// Evaluates `condition` over `answers` in three-valued logic: a comparison on an
// unanswered question is `unknown`, `not unknown` stays `unknown`, `all` is `no`
// as soon as one part is `no`, `any` is `yes` as soon as one part is `yes`.
// `recommendation` is the framework index that `q: recommendation` compares
// with. An empty condition is `yes`. Allocates nothing.
model::Truth evaluate(const model::Condition& condition, const model::Answers& answers,
                      std::uint32_t recommendation = k_no_pick);

// The questions whose answers made `condition` come out `yes`: for `all`, every
// part; for `any`, the parts that held; under `not`, the parts that failed.
// Only answered questions count: a part that holds because a question is
// unanswered (`answered: false`) is decided by no answer, so a rule that fires
// on missing answers alone has no deciding question. --explain still shows that
// comparison (deciding_nodes), and the sensitivity table credits such a rule
// to no answer. Sorted, without duplicates, never including the recommendation.
std::vector<std::uint32_t> deciding_questions(const model::Condition& condition, const model::Answers& answers,
                                              std::uint32_t recommendation = k_no_pick);

// deciding_questions plus the unanswered questions whose missing answer made a
// part hold (`answered: false`): what a common mistake's finding names, so a
// report can say "server_workers=unanswered" where the gap is the trap.
std::vector<std::uint32_t> firing_questions(const model::Condition& condition, const model::Answers& answers,
                                            std::uint32_t recommendation = k_no_pick);

// The comparisons (node indices into `condition.nodes`) that decided its
// outcome, whatever it is: for `yes` as deciding_questions; for `no`, the
// parts that failed (every part of an `any`); for `unknown`, the comparisons
// on unanswered questions that keep it open. In node order.
std::vector<std::uint32_t> deciding_nodes(const model::Condition& condition, const model::Answers& answers);

// The truth of the comparison `node` on its own (not of its parents). Never
// reads the recommendation: for scoring rules only.
model::Truth comparison_truth(const model::ConditionNode& node, const model::Answers& answers);

} // namespace framewise::engine
