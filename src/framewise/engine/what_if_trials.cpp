#include <framewise/engine/what_if_trials.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>

namespace framewise::engine {

namespace detail {

namespace {

double
change_size(const model::Question& question, const model::Answer& from, const model::Answer& to)
{
  if (question.type != model::QuestionType::integer || !from.answered) {
    return 1.0;
  }
  const double old_value = static_cast<double>(from.value);
  const double new_value = static_cast<double>(to.value);
  const double scale = std::max({std::abs(old_value), std::abs(new_value), 1.0});
  return std::abs(new_value - old_value) / scale;
}

// A list of up to this many options is tried with every subset of them, so a
// change to two items at once (e.g. [fastapi, django]) is one change.
constexpr std::size_t k_max_subset_options = 6;

// The answers worth trying for question `q`: candidate_answers; for a short
// list every subset of its options; and for an answered list the current
// answer with one option toggled (keeping its free-form items).
std::vector<model::Answer>
answers_to_try(const model::RulePack& pack, const model::Answers& answers, std::uint32_t q)
{
  std::vector<model::Answer> tries = candidate_answers(pack, q);
  const model::Question& question = pack.questions[q];
  const model::Answer& current = answers[q];
  if (question.type == model::QuestionType::list && question.options.size() <= k_max_subset_options) {
    const std::uint64_t subsets = std::uint64_t{1} << question.options.size();
    for (std::uint64_t items = 1; items < subsets; ++items) {
      tries.push_back(model::Answer{true, 0, items, static_cast<std::uint32_t>(std::popcount(items))});
    }
  }
  if (question.type == model::QuestionType::list && current.answered) {
    for (std::size_t i = 0; i < question.options.size(); ++i) {
      model::Answer toggled = current;
      const std::uint64_t bit = std::uint64_t{1} << i;
      toggled.items ^= bit;
      toggled.item_count = (toggled.items & bit) != 0 ? toggled.item_count + 1 : toggled.item_count - 1;
      tries.push_back(toggled);
    }
  }
  return tries;
}

// [q]: every comparison on question q in the scoring rules, in pack order.
std::vector<std::vector<const model::ConditionNode*>>
comparisons_by_question(const model::RulePack& pack)
{
  std::vector<std::vector<const model::ConditionNode*>> comparisons(pack.questions.size());
  for (const auto& rule : pack.rules) {
    for (const auto& node : rule.when.nodes) {
      if (is_comparison(node) && node.subject < comparisons.size()) {
        comparisons[node.subject].push_back(&node);
      }
    }
  }
  return comparisons;
}

// Appends the truth of each of `comparisons` (all on one question) under
// `trial` to `truths`: two answers with the same truths are the same to every
// rule, alone or combined.
void
append_signature(const std::vector<const model::ConditionNode*>& comparisons, const model::Answers& trial,
                 std::vector<model::Truth>& truths)
{
  for (const auto* node : comparisons) {
    truths.push_back(comparison_truth(*node, trial));
  }
}

// Buffers distinct_changes reuses from one question to the next, so the
// per-recommend flip search allocates once rather than per question.
struct SignatureScratch
{
  model::Answers trial; // the answers, one changed during a call and restored after
  std::vector<model::Truth> current;
  std::vector<model::Truth> seen;
};

// One change per class of answers the rules tell apart from the current one,
// the smallest change of each class, smallest first.
std::vector<AnswerChange>
distinct_changes(const model::RulePack& pack, const model::Answers& answers, std::uint32_t q,
                 const std::vector<const model::ConditionNode*>& comparisons, SignatureScratch& scratch)
{
  if (comparisons.empty()) {
    return {};
  }
  const std::size_t width = comparisons.size();
  model::Answers& trial = scratch.trial;
  // seen[k * width, (k + 1) * width): the truths of changes[k]; the current
  // answer's truths come first, at the end of `seen` while a try is tested.
  std::vector<model::Truth>& current = scratch.current;
  current.clear();
  append_signature(comparisons, trial, current);
  std::vector<model::Truth>& seen = scratch.seen;
  seen.clear();
  std::vector<AnswerChange> changes;
  for (const auto& answer : answers_to_try(pack, answers, q)) {
    if (answer == answers[q]) {
      continue;
    }
    trial[q] = answer;
    const std::size_t at = seen.size();
    append_signature(comparisons, trial, seen);
    const auto truths = seen.begin() + static_cast<std::ptrdiff_t>(at);
    if (std::equal(truths, seen.end(), current.begin())) {
      seen.resize(at);
      continue;
    }
    const AnswerChange change{q, answer, change_size(pack.questions[q], answers[q], answer)};
    std::size_t k = 0;
    while (k < changes.size() &&
           !std::equal(truths, seen.end(), seen.begin() + static_cast<std::ptrdiff_t>(k * width))) {
      ++k;
    }
    if (k == changes.size()) {
      changes.push_back(change);
    } else {
      seen.resize(at);
      if (change.size < changes[k].size) {
        changes[k] = change;
      }
    }
  }
  trial[q] = answers[q];
  std::stable_sort(changes.begin(), changes.end(),
                   [](const AnswerChange& a, const AnswerChange& b) { return a.size < b.size; });
  return changes;
}

} // namespace

std::vector<Choices>
all_choices(const model::RulePack& pack, const model::Answers& answers)
{
  std::vector<Choices> choices;
  const auto comparisons = comparisons_by_question(pack);
  SignatureScratch scratch{answers, {}, {}};
  for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
    auto changes = distinct_changes(pack, answers, q, comparisons[q], scratch);
    if (!changes.empty()) {
      choices.push_back({q, std::move(changes)});
    }
  }
  return choices;
}

// A claim is made only after a full, independent evaluation agrees.
bool
confirmed(const model::RulePack& pack, const model::Answers& answers, std::span<const AnswerChange> changes,
          std::uint32_t pick, double& margin)
{
  const model::Answers changed = with_changes(answers, changes);
  std::vector<double> raw(pack.frameworks.size());
  add_up(pack, changed, raw);
  if (best_of(raw) != pick) {
    return false;
  }
  margin = margin_of(raw, pack.score_scale);
  return true;
}

} // namespace detail

model::Answers
with_changes(const model::Answers& answers, std::span<const AnswerChange> changes)
{
  model::Answers changed = answers;
  for (const auto& change : changes) {
    changed[change.question] = change.answer;
  }
  return changed;
}

} // namespace framewise::engine
