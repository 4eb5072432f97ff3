#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>
#include <framewise/engine/settled.hpp>
#include <framewise/engine/what_if.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace framewise::engine {

namespace {

// Sums of integer effects are exact in doubles; this only absorbs rounding
// when a pack uses fractions, and errs on the side of searching more.
constexpr double k_slack = 1e-9;

double
round_to_tenth(double value)
{
  return std::round(value * 10.0) / 10.0;
}

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

// The truth of every comparison on `q` in the scoring rules: two answers with
// the same signature are the same to every rule, alone or combined.
std::vector<model::Truth>
signature(const std::vector<const model::ConditionNode*>& comparisons, const model::Answers& trial)
{
  std::vector<model::Truth> truths;
  truths.reserve(comparisons.size());
  for (const auto* node : comparisons) {
    truths.push_back(comparison_truth(*node, trial));
  }
  return truths;
}

// One change per class of answers the rules tell apart from the current one,
// the smallest change of each class, smallest first.
std::vector<AnswerChange>
distinct_changes(const model::RulePack& pack, const model::Answers& answers, std::uint32_t q)
{
  std::vector<const model::ConditionNode*> comparisons;
  for (const auto& rule : pack.rules) {
    for (const auto& node : rule.when.nodes) {
      if (node.op != model::Op::all && node.op != model::Op::any && node.op != model::Op::not_ &&
          node.subject == q) {
        comparisons.push_back(&node);
      }
    }
  }
  if (comparisons.empty()) {
    return {};
  }
  model::Answers trial = answers;
  const auto current = signature(comparisons, trial);
  std::vector<std::vector<model::Truth>> seen;
  std::vector<AnswerChange> changes;
  for (const auto& answer : answers_to_try(pack, answers, q)) {
    trial[q] = answer;
    auto truths = signature(comparisons, trial);
    if (answer == answers[q] || truths == current) {
      continue;
    }
    const AnswerChange change{q, answer, change_size(pack.questions[q], answers[q], answer)};
    const auto found = std::find(seen.begin(), seen.end(), truths);
    if (found == seen.end()) {
      seen.push_back(std::move(truths));
      changes.push_back(change);
    } else if (change.size < changes[static_cast<std::size_t>(found - seen.begin())].size) {
      changes[static_cast<std::size_t>(found - seen.begin())] = change;
    }
  }
  std::stable_sort(changes.begin(), changes.end(), [](const AnswerChange& a, const AnswerChange& b) {
    return a.size < b.size;
  });
  return changes;
}

// Raw totals after a few answer changes, re-evaluating only the rules that read
// a changed question. Allocates nothing per call.
class Scorer
{
public:
  Scorer(const model::RulePack& pack, const model::Answers& answers)
    : m_pack(pack),
      m_answers(answers),
      m_trial(answers),
      m_base_raw(pack.frameworks.size()),
      m_raw(pack.frameworks.size()),
      m_stamp(pack.rules.size(), 0)
  {
    add_up(pack, answers, m_base_raw);
    m_base_fired.reserve(pack.rules.size());
    for (const auto& rule : pack.rules) {
      m_base_fired.push_back(evaluate(rule.when, answers) == model::Truth::yes);
    }
    for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
      m_rules_of.push_back(rules_reading(pack, q));
    }
  }

  std::span<const double>
  raw(std::span<const AnswerChange* const> changes)
  {
    ++m_epoch;
    std::copy(m_base_raw.begin(), m_base_raw.end(), m_raw.begin());
    for (const auto* change : changes) {
      m_trial[change->question] = change->answer;
    }
    for (const auto* change : changes) {
      for (const auto r : m_rules_of[change->question]) {
        if (m_stamp[r] == m_epoch) {
          continue;
        }
        m_stamp[r] = m_epoch;
        const model::Rule& rule = m_pack.rules[r];
        const bool fired = evaluate(rule.when, m_trial) == model::Truth::yes;
        if (fired != m_base_fired[r]) {
          const double sign = fired ? 1.0 : -1.0;
          for (std::size_t f = 0; f < m_raw.size(); ++f) {
            m_raw[f] += sign * rule.effects[f];
          }
        }
      }
    }
    for (const auto* change : changes) {
      m_trial[change->question] = m_answers[change->question];
    }
    return m_raw;
  }

  const std::vector<double>& base_raw() const { return m_base_raw; }
  bool base_fired(std::uint32_t rule) const { return m_base_fired[rule]; }
  const std::vector<std::uint32_t>& rules_of(std::uint32_t q) const { return m_rules_of[q]; }

private:
  const model::RulePack& m_pack;
  const model::Answers& m_answers;
  model::Answers m_trial; // m_answers, changed during a call and restored after
  std::vector<double> m_base_raw;
  std::vector<double> m_raw;
  std::vector<bool> m_base_fired;
  std::vector<std::vector<std::uint32_t>> m_rules_of;
  std::vector<std::uint32_t> m_stamp;
  std::uint32_t m_epoch = 0;
};

// A claim is made only after a full, independent evaluation agrees.
bool
confirmed(const model::RulePack& pack,
          const model::Answers& answers,
          std::span<const AnswerChange> changes,
          std::uint32_t pick,
          double& margin)
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

struct Choices
{
  std::uint32_t question = 0;
  std::vector<AnswerChange> changes;
};

std::vector<Choices>
all_choices(const model::RulePack& pack, const model::Answers& answers)
{
  std::vector<Choices> choices;
  for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
    auto changes = distinct_changes(pack, answers, q);
    if (!changes.empty()) {
      choices.push_back({q, std::move(changes)});
    }
  }
  return choices;
}

std::vector<FlipPoint>
find_flips(const model::RulePack& pack,
           const model::Answers& answers,
           const std::vector<Choices>& choices,
           Scorer& scorer)
{
  const std::uint32_t pick = best_of(scorer.base_raw());
  std::vector<FlipPoint> flips;
  for (const auto& entry : choices) {
    for (const auto& change : entry.changes) {
      const AnswerChange* one[] = {&change};
      const std::uint32_t new_pick = best_of(scorer.raw(one));
      if (new_pick == pick) {
        continue;
      }
      // A number keeps only its nearest change to each new pick.
      const bool integer = pack.questions[entry.question].type == model::QuestionType::integer;
      if (integer && std::any_of(flips.begin(), flips.end(), [&](const FlipPoint& flip) {
            return flip.change.question == entry.question && flip.pick == new_pick;
          })) {
        continue;
      }
      double margin = 0;
      if (confirmed(pack, answers, {&change, 1}, new_pick, margin)) {
        flips.push_back({change, new_pick, margin});
      }
    }
  }
  std::stable_sort(flips.begin(), flips.end(), [&](const FlipPoint& a, const FlipPoint& b) {
    if (a.change.size != b.change.size) {
      return a.change.size < b.change.size;
    }
    return !answers[a.change.question].answered && answers[b.change.question].answered;
  });
  return flips;
}

// For values[i * frameworks + g] (i < count): element (i * frameworks + g) * 4
// + k of the result is the sum of the k largest values[j * frameworks + g] for
// j >= i, k = 0..3.
std::vector<double>
best_suffix_sums(const std::vector<double>& values, std::size_t count, std::size_t frameworks)
{
  std::vector<double> sums((count + 1) * frameworks * 4, 0.0);
  for (std::size_t g = 0; g < frameworks; ++g) {
    std::array<double, 3> top{};
    for (std::size_t i = count; i-- > 0;) {
      const double value = values[i * frameworks + g];
      for (std::size_t k = 0; k < top.size(); ++k) {
        if (value > top[k]) {
          std::copy_backward(top.begin() + static_cast<std::ptrdiff_t>(k), top.end() - 1, top.end());
          top[k] = value;
          break;
        }
      }
      double sum = 0;
      for (std::size_t k = 1; k <= top.size(); ++k) {
        sum += top[k - 1];
        sums[(i * frameworks + g) * 4 + k] = sum;
      }
    }
  }
  return sums;
}

// Depth-first search for the sets of exactly `m_size` changes that make
// `m_target` the pick, with a bound that skips what cannot close the gap.
class PathSearch
{
public:
  PathSearch(const model::RulePack& pack, const std::vector<Choices>& choices, Scorer& scorer, std::uint32_t target)
    : m_pack(pack),
      m_scorer(scorer),
      m_target(target),
      m_frameworks(pack.frameworks.size()),
      m_need(m_frameworks),
      m_bound(m_frameworks, 0.0)
  {
    const auto& base = scorer.base_raw();
    for (std::size_t g = 0; g < m_frameworks; ++g) {
      m_need[g] = base[g] - base[target];
    }
    // What a rule can still give the target against rival g if its state flips.
    std::vector<double> potential(pack.rules.size() * m_frameworks, 0.0);
    for (std::uint32_t r = 0; r < pack.rules.size(); ++r) {
      const auto& effects = pack.rules[r].effects;
      for (std::size_t g = 0; g < m_frameworks; ++g) {
        const double gain = effects[target] - effects[g];
        potential[r * m_frameworks + g] = std::max(0.0, scorer.base_fired(r) ? -gain : gain);
      }
    }
    for (const auto& entry : choices) {
      std::vector<double> upper(m_frameworks, 0.0);
      std::vector<double> swing(m_frameworks, 0.0);
      for (const auto r : scorer.rules_of(entry.question)) {
        for (std::size_t g = 0; g < m_frameworks; ++g) {
          upper[g] += potential[r * m_frameworks + g];
          swing[g] += std::abs(pack.rules[r].effects[target] - pack.rules[r].effects[g]);
        }
      }
      // A question whose rules cannot help against any rival is never tried.
      if (std::any_of(upper.begin(), upper.end(), [](double value) { return value > 0; })) {
        m_useful.push_back(&entry);
        m_upper.insert(m_upper.end(), upper.begin(), upper.end());
        m_swing.insert(m_swing.end(), swing.begin(), swing.end());
      }
    }
    m_upper_suffix = best_suffix_sums(m_upper, m_useful.size(), m_frameworks);
    m_swing_suffix = best_suffix_sums(m_swing, m_useful.size(), m_frameworks);
    m_gap.assign((k_max_path_changes + 1) * m_frameworks, 0.0);
  }

  // Searches the sets of exactly `size` changes; true when one makes the
  // target the pick (see result()).
  bool
  run(std::size_t size)
  {
    m_size = size;
    search(0, 0);
    return m_found;
  }

  PathTo
  result() const
  {
    PathTo path{m_target, m_found, {}, m_best_margin};
    for (std::size_t i = 0; i < m_best_count; ++i) {
      path.changes.push_back(m_best[i]);
    }
    return path;
  }

private:
  // `sums` as made by best_suffix_sums: the best `left` values from `from` on.
  double
  best(const std::vector<double>& sums, std::size_t from, std::size_t g, std::size_t left) const
  {
    return sums[(from * m_frameworks + g) * 4 + left];
  }

  // Two sound tests: from the base answers, what the chosen questions and the
  // best `left` others can give at most; and from the answers as changed so
  // far (gap at `depth`), what the best `left` others can swing at most.
  bool
  hopeless(std::size_t from, std::size_t depth, std::size_t left) const
  {
    for (std::size_t g = 0; g < m_frameworks; ++g) {
      if (g == m_target) {
        continue;
      }
      if (m_bound[g] + best(m_upper_suffix, from, g, left) + k_slack < m_need[g] ||
          best(m_swing_suffix, from, g, left) + k_slack < m_gap[depth * m_frameworks + g]) {
        return true;
      }
    }
    return false;
  }

  void
  search(std::size_t from, std::size_t depth)
  {
    if (depth == m_size) {
      consider();
      return;
    }
    const auto raw = depth == 0 ? std::span<const double>(m_scorer.base_raw())
                                : m_scorer.raw(std::span<const AnswerChange* const>(m_chosen.data(), depth));
    for (std::size_t g = 0; g < m_frameworks; ++g) {
      m_gap[depth * m_frameworks + g] = raw[g] - raw[m_target];
    }
    for (std::size_t i = from; i < m_useful.size(); ++i) {
      // Bounds only shrink as i grows, so once hopeless, stop.
      if (hopeless(i, depth, m_size - depth)) {
        return;
      }
      for (std::size_t g = 0; g < m_frameworks; ++g) {
        m_bound[g] += m_upper[i * m_frameworks + g];
      }
      for (const auto& change : m_useful[i]->changes) {
        m_chosen[depth] = &change;
        search(i + 1, depth + 1);
      }
      for (std::size_t g = 0; g < m_frameworks; ++g) {
        m_bound[g] -= m_upper[i * m_frameworks + g];
      }
    }
  }

  void
  consider()
  {
    const std::span<const AnswerChange* const> chosen(m_chosen.data(), m_size);
    const auto raw = m_scorer.raw(chosen);
    if (best_of(raw) != m_target) {
      return;
    }
    double total = 0;
    for (const auto* change : chosen) {
      total += change->size;
    }
    const double margin = margin_of(raw, m_pack.score_scale);
    if (m_found && (total > m_best_total + k_slack || (total > m_best_total - k_slack && margin <= m_best_margin))) {
      return;
    }
    for (std::size_t i = 0; i < m_size; ++i) {
      m_best[i] = *chosen[i];
    }
    m_found = true;
    m_best_count = m_size;
    m_best_total = total;
    m_best_margin = margin;
  }

  const model::RulePack& m_pack;
  Scorer& m_scorer;
  std::uint32_t m_target;
  std::size_t m_frameworks;
  std::vector<double> m_need;
  std::vector<double> m_bound;
  std::vector<const Choices*> m_useful;
  std::vector<double> m_upper; // [i * m_frameworks + g]: most a useful question gives vs g from the base
  std::vector<double> m_swing; // [i * m_frameworks + g]: most it can move the gap to g from any state
  std::vector<double> m_upper_suffix;
  std::vector<double> m_swing_suffix;
  std::vector<double> m_gap; // [depth * m_frameworks + g]: g's lead over the target after `depth` changes
  std::size_t m_size = 0;
  std::array<const AnswerChange*, k_max_path_changes> m_chosen{};
  bool m_found = false;
  std::array<AnswerChange, k_max_path_changes> m_best{};
  std::size_t m_best_count = 0;
  double m_best_total = 0;
  double m_best_margin = 0;
};

} // namespace

double
margin_of(std::span<const double> raw, double scale)
{
  if (raw.size() < 2) {
    return 0;
  }
  const std::uint32_t first = best_of(raw);
  double second = -std::numeric_limits<double>::infinity();
  for (std::uint32_t f = 0; f < raw.size(); ++f) {
    if (f != first) {
      second = std::max(second, raw[f]);
    }
  }
  return round_to_tenth(round_to_tenth(to_score(raw[first], scale)) - round_to_tenth(to_score(second, scale)));
}

model::Answers
with_changes(const model::Answers& answers, std::span<const AnswerChange> changes)
{
  model::Answers changed = answers;
  for (const auto& change : changes) {
    changed[change.question] = change.answer;
  }
  return changed;
}

std::vector<FlipPoint>
flip_points(const model::RulePack& pack, const model::Answers& answers)
{
  const auto choices = all_choices(pack, answers);
  Scorer scorer(pack, answers);
  return find_flips(pack, answers, choices, scorer);
}

WhatIf
what_if(const model::RulePack& pack, const model::Answers& answers)
{
  const auto choices = all_choices(pack, answers);
  Scorer scorer(pack, answers);
  WhatIf result;
  result.flips = find_flips(pack, answers, choices, scorer);
  const auto& base = scorer.base_raw();
  std::vector<std::uint32_t> order(pack.frameworks.size());
  for (std::uint32_t f = 0; f < order.size(); ++f) {
    order[f] = f;
  }
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return base[a] > base[b]; });
  for (std::size_t rank = 1; rank < order.size(); ++rank) {
    PathSearch search(pack, choices, scorer, order[rank]);
    PathTo path{order[rank], false, {}, 0};
    for (std::size_t size = 1; size <= k_max_path_changes; ++size) {
      if (search.run(size)) {
        path = search.result();
        break;
      }
    }
    if (path.found) {
      std::sort(path.changes.begin(), path.changes.end(), [](const AnswerChange& a, const AnswerChange& b) {
        return a.question < b.question;
      });
      path.found = confirmed(pack, answers, path.changes, path.framework, path.margin);
      if (!path.found) {
        path.changes.clear();
      }
    }
    result.paths.push_back(std::move(path));
  }
  return result;
}

} // namespace framewise::engine
