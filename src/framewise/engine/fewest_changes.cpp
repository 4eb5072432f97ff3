// what_if: the flip points, and for each framework that is not first the
// fewest answer changes that make it the pick (what_if.hpp).
#include <framewise/engine/what_if_trials.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace framewise::engine {

namespace {

using detail::Choices;
using detail::is_comparison;
using detail::Scorer;

// Sums of integer effects are exact in doubles; this only absorbs rounding
// when a pack uses fractions, and errs on the side of searching more.
constexpr double k_slack = 1e-9;

// For values[i * frameworks + g] (i < count): element (i * frameworks + g) * 4
// + k of the result is the sum of the k largest values[j * frameworks + g] for
// j >= i, k = 0..3. Row `count` is all zeros.
std::vector<double>
best_suffix_sums(const std::vector<double>& values, std::size_t count, std::size_t frameworks)
{
  std::vector<double> sums((count + 1) * frameworks * 4, 0.0);
  for (std::size_t g = 0; g < frameworks; ++g) {
    std::array<double, 3> top{};
    std::size_t seen = 0;
    for (std::size_t i = count; i-- > 0;) {
      const double value = values[i * frameworks + g];
      // The first values fill the slots even when negative, so a sum of k is
      // over k real values and never counts a missing one as 0.
      std::size_t slot = std::min(seen, top.size());
      for (std::size_t k = 0; k < slot; ++k) {
        if (value > top[k]) {
          slot = k;
          break;
        }
      }
      if (slot < top.size()) {
        std::copy_backward(top.begin() + static_cast<std::ptrdiff_t>(slot), top.end() - 1, top.end());
        top[slot] = value;
      }
      ++seen;
      double sum = 0;
      for (std::size_t k = 1; k <= top.size(); ++k) {
        sum += k <= seen ? top[k - 1] : 0.0;
        sums[(i * frameworks + g) * 4 + k] = sum;
      }
    }
  }
  return sums;
}

// A bound on the margin of a pick whose raw lead over the runner-up is at
// most `lead`: margin = (e^(a/s) - e^(b/s)) / sum_g e^(raw[g]/s) with a, b the
// two best raw totals, and the sum is at least e^(a/s) + e^(b/s), so the margin
// is at most 100 * tanh((a - b) / (2s)), which grows with a - b. The small
// addition covers the rounding of the computed margin.
double
margin_bound(double lead, double scale)
{
  return 100.0 * std::tanh(lead / (2.0 * scale)) + 1e-9;
}

// Depth-first search for the best set of exactly `m_size` changes that makes
// `m_target` the pick, as a branch and bound. Each candidate change carries
// two sound upper bounds on what it can do against each rival g:
//   gain:  how much it can add to (target raw - g raw) counted from the base
//          answers, whatever the other changes are;
//   swing: how much it can add to it from any state the other changes leave.
// A rule that reads only the changed question counts exactly in both (its
// state depends on that answer alone); a rule that also reads other questions
// counts at most its flip (gain) or its whole effect difference (swing).
// Candidates are tried in decreasing gain against the rival hardest to beat,
// so "the best k candidates left cannot close the gap" ends a loop early. The
// result is the one the plain enumeration in questionnaire order would keep:
// the smallest total change, then the widest lead, then the first in that
// order.
class PathSearch
{
public:
  PathSearch(const model::RulePack& pack, const std::vector<Choices>& choices, Scorer& scorer, std::uint32_t target)
      : m_pack(pack)
      , m_scorer(scorer)
      , m_target(target)
      , m_frameworks(pack.frameworks.size())
      , m_need(m_frameworks)
      , m_bound(m_frameworks, 0.0)
      , m_gap((k_max_path_changes + 1) * m_frameworks, 0.0)
      , m_lead(m_frameworks, 0.0)
      , m_trial(scorer.answers())
      , m_prefix_fired(pack.rules.size(), 0)
      , m_stamp(pack.rules.size(), 0)
      , m_near(pack.questions.size(), 0)
  {
    const auto& base = scorer.base_raw();
    for (std::size_t g = 0; g < m_frameworks; ++g) {
      m_need[g] = base[g] - base[target];
    }
    collect(choices);
    order_candidates();
  }

  // Searches the sets of exactly `size` changes; true when one makes the
  // target the pick (see result()).
  bool
  run(std::size_t size)
  {
    m_size = size;
    m_total = 0;
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
  struct Candidate
  {
    const AnswerChange* change = nullptr;
    std::uint32_t rank = 0; // position in questionnaire order (question, then its changes)
  };

  // Gain against rival g when rule r changes state from the base answers.
  double
  flip_gain(std::uint32_t r, std::size_t g, bool fired) const
  {
    const auto& effects = m_pack.rules[r].effects;
    const double gain = effects[m_target] - effects[g];
    return fired ? gain : -gain;
  }

  void
  collect(const std::vector<Choices>& choices)
  {
    m_rule_questions.resize(m_pack.rules.size());
    for (std::uint32_t r = 0; r < m_pack.rules.size(); ++r) {
      auto& subjects = m_rule_questions[r];
      for (const auto& node : m_pack.rules[r].when.nodes) {
        if (is_comparison(node)) {
          subjects.push_back(node.subject);
        }
      }
      std::sort(subjects.begin(), subjects.end());
      subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
    }
    std::vector<double> gain(m_frameworks);
    std::vector<double> swing(m_frameworks);
    std::vector<double> delta(m_frameworks);
    model::Answers trial = m_scorer.answers();
    std::uint32_t rank = 0;
    for (const auto& entry : choices) {
      const auto& rules = m_scorer.rules_of(entry.question);
      // A question whose rules cannot help against any rival is never tried
      // (what can only hurt from the base answers cannot make a path).
      bool useful = false;
      for (const auto r : rules) {
        for (std::size_t g = 0; g < m_frameworks; ++g) {
          useful = useful || flip_gain(r, g, !m_scorer.base_fired(r)) > 0;
        }
      }
      if (!useful) {
        continue;
      }
      for (const auto& change : entry.changes) {
        std::fill(gain.begin(), gain.end(), 0.0);
        std::fill(swing.begin(), swing.end(), 0.0);
        std::fill(delta.begin(), delta.end(), 0.0);
        trial[entry.question] = change.answer;
        for (const auto r : rules) {
          const bool alone = m_rule_questions[r].size() == 1;
          const bool fired = evaluate(m_pack.rules[r].when, trial) == model::Truth::yes;
          for (std::size_t g = 0; g < m_frameworks; ++g) {
            const double exact = fired != m_scorer.base_fired(r) ? flip_gain(r, g, fired) : 0.0;
            delta[g] += exact;
            if (alone) {
              gain[g] += exact;
              swing[g] += exact;
            } else {
              gain[g] += std::max(0.0, flip_gain(r, g, !m_scorer.base_fired(r)));
              swing[g] += std::abs(flip_gain(r, g, true));
            }
          }
        }
        m_candidates.push_back({&change, rank++});
        m_gain.insert(m_gain.end(), gain.begin(), gain.end());
        m_swing.insert(m_swing.end(), swing.begin(), swing.end());
        m_delta.insert(m_delta.end(), delta.begin(), delta.end());
      }
      trial[entry.question] = m_scorer.answers()[entry.question];
    }
  }

  // Sorts the candidates by gain against the rival with the largest lead
  // (ties in questionnaire order) and prepares the bounds over what is left.
  void
  order_candidates()
  {
    std::size_t hardest = m_target == 0 ? 1 : 0;
    for (std::size_t g = 0; g < m_frameworks; ++g) {
      if (g != m_target && m_need[g] > m_need[hardest]) {
        hardest = g;
      }
    }
    const std::size_t count = m_candidates.size();
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i) {
      order[i] = i;
    }
    if (m_frameworks > 1) {
      std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return m_gain[a * m_frameworks + hardest] > m_gain[b * m_frameworks + hardest];
      });
    }
    std::vector<Candidate> candidates(count);
    std::vector<double> gain(count * m_frameworks);
    std::vector<double> swing(count * m_frameworks);
    std::vector<double> delta(count * m_frameworks);
    for (std::size_t i = 0; i < count; ++i) {
      std::copy_n(m_delta.begin() + static_cast<std::ptrdiff_t>(order[i] * m_frameworks), m_frameworks,
                  delta.begin() + static_cast<std::ptrdiff_t>(i * m_frameworks));
      candidates[i] = m_candidates[order[i]];
      std::copy_n(m_gain.begin() + static_cast<std::ptrdiff_t>(order[i] * m_frameworks), m_frameworks,
                  gain.begin() + static_cast<std::ptrdiff_t>(i * m_frameworks));
      std::copy_n(m_swing.begin() + static_cast<std::ptrdiff_t>(order[i] * m_frameworks), m_frameworks,
                  swing.begin() + static_cast<std::ptrdiff_t>(i * m_frameworks));
    }
    m_candidates = std::move(candidates);
    m_gain = std::move(gain);
    m_swing = std::move(swing);
    m_delta = std::move(delta);
    m_gain_suffix = best_suffix_sums(m_gain, count, m_frameworks);
    m_swing_suffix = best_suffix_sums(m_swing, count, m_frameworks);
    m_smallest_left.assign(count + 1, std::numeric_limits<double>::infinity());
    for (std::size_t i = count; i-- > 0;) {
      m_smallest_left[i] = std::min(m_smallest_left[i + 1], m_candidates[i].change->size);
    }
  }

  // `sums` as made by best_suffix_sums: the best `left` values from `from` on.
  double
  best(const std::vector<double>& sums, std::size_t from, std::size_t g, std::size_t left) const
  {
    return sums[(from * m_frameworks + g) * 4 + left];
  }

  // True when no `left` more candidates from `from` on, added to the chosen
  // ones (whose gains are in m_bound and whose total is m_total, with
  // `extra_gain`/`extra_swing` of one more about to be chosen at `depth`),
  // can make a set that beats the best one found. The bounds only shrink as
  // `from` grows, so a loop over `from` may stop at the first true.
  bool
  hopeless(std::size_t from, std::size_t depth, std::size_t left, std::size_t extra, double extra_size) const
  {
    double lead = std::numeric_limits<double>::infinity();
    for (std::size_t g = 0; g < m_frameworks; ++g) {
      if (g == m_target) {
        continue;
      }
      const double add_gain = extra < m_candidates.size() ? m_gain[extra * m_frameworks + g] : 0.0;
      const double add_swing = extra < m_candidates.size() ? m_swing[extra * m_frameworks + g] : 0.0;
      const double from_base = m_bound[g] + add_gain + best(m_gain_suffix, from, g, left) - m_need[g];
      const double from_here = add_swing + best(m_swing_suffix, from, g, left) - m_gap[depth * m_frameworks + g];
      if (from_base + k_slack < 0 || from_here + k_slack < 0) {
        return true;
      }
      lead = std::min({lead, from_base, from_here});
    }
    if (!m_found) {
      return false;
    }
    const double total = m_total + extra_size + static_cast<double>(left) * m_smallest_left[from];
    if (total > m_best_total + k_slack) {
      return true;
    }
    // No smaller total: only a wider lead (or an equal one earlier in
    // questionnaire order) can win.
    return total > m_best_total - k_slack && margin_bound(lead, m_pack.score_scale) < m_best_margin;
  }

  void
  search(std::size_t from, std::size_t depth)
  {
    const auto raw = depth == 0 ? std::span<const double>(m_scorer.base_raw()) : m_scorer.raw(chosen_changes(depth));
    for (std::size_t g = 0; g < m_frameworks; ++g) {
      m_gap[depth * m_frameworks + g] = raw[g] - raw[m_target];
    }
    const std::size_t left = m_size - depth;
    if (left == 1) {
      last_change(from, depth);
      return;
    }
    for (std::size_t i = from; i < m_candidates.size(); ++i) {
      if (hopeless(i, depth, left, m_candidates.size(), 0.0)) {
        break;
      }
      const Candidate& candidate = m_candidates[i];
      const std::uint32_t question = candidate.change->question;
      if (std::any_of(m_chosen.begin(), m_chosen.begin() + static_cast<std::ptrdiff_t>(depth),
                      [&](std::size_t c) { return m_candidates[c].change->question == question; })) {
        continue;
      }
      // With this one chosen, can the rest still make it?
      if (hopeless(i + 1, depth, left - 1, i, candidate.change->size)) {
        continue;
      }
      m_chosen[depth] = i;
      for (std::size_t g = 0; g < m_frameworks; ++g) {
        m_bound[g] += m_gain[i * m_frameworks + g];
      }
      m_total += candidate.change->size;
      search(i + 1, depth + 1);
      m_total -= candidate.change->size;
      for (std::size_t g = 0; g < m_frameworks; ++g) {
        m_bound[g] -= m_gain[i * m_frameworks + g];
      }
    }
  }

  // The last change of a set, after the `depth` chosen ones: only the
  // candidates that make the target lead go to consider(). A candidate whose
  // question shares no rule with a chosen question moves the leads by exactly
  // its change from the base answers (m_delta); one that shares a rule is
  // re-evaluated (may_lead).
  void
  last_change(std::size_t from, std::size_t depth)
  {
    enter_prefix(depth);
    const double* gap = &m_gap[depth * m_frameworks];
    for (std::size_t i = from; i < m_candidates.size(); ++i) {
      if (hopeless(i, depth, 1, m_candidates.size(), 0.0)) {
        break;
      }
      const AnswerChange& change = *m_candidates[i].change;
      if (is_chosen(change.question, depth) || hopeless(i + 1, depth, 0, i, change.size)) {
        continue;
      }
      if (m_near[change.question] == m_epoch) {
        if (!may_lead(change, depth)) {
          continue;
        }
      } else {
        const double* delta = &m_delta[i * m_frameworks];
        bool leads = true;
        for (std::size_t g = 0; g < m_frameworks; ++g) {
          leads = leads && (g == m_target || gap[g] - delta[g] <= k_slack);
        }
        if (!leads) {
          continue;
        }
      }
      m_chosen[depth] = i;
      consider();
    }
    leave_prefix(depth);
  }

  bool
  is_chosen(std::uint32_t question, std::size_t depth) const
  {
    return std::any_of(m_chosen.begin(), m_chosen.begin() + static_cast<std::ptrdiff_t>(depth),
                       [&](std::size_t c) { return m_candidates[c].change->question == question; });
  }

  // Applies the `depth` chosen changes to m_trial and records the state of
  // every rule they touch, so that may_lead() can add one more change by
  // re-evaluating only the rules of its question.
  void
  enter_prefix(std::size_t depth)
  {
    ++m_epoch;
    for (std::size_t k = 0; k < depth; ++k) {
      const AnswerChange& change = *m_candidates[m_chosen[k]].change;
      m_trial[change.question] = change.answer;
    }
    for (std::size_t k = 0; k < depth; ++k) {
      const auto chosen = m_candidates[m_chosen[k]].change->question;
      m_near[chosen] = m_epoch;
      for (const auto r : m_scorer.rules_of(chosen)) {
        if (m_stamp[r] != m_epoch) {
          m_stamp[r] = m_epoch;
          m_prefix_fired[r] = evaluate(m_pack.rules[r].when, m_trial) == model::Truth::yes;
        }
        for (const auto q : m_rule_questions[r]) {
          m_near[q] = m_epoch;
        }
      }
    }
  }

  void
  leave_prefix(std::size_t depth)
  {
    for (std::size_t k = 0; k < depth; ++k) {
      const auto q = m_candidates[m_chosen[k]].change->question;
      m_trial[q] = m_scorer.answers()[q];
    }
  }

  // False when the chosen changes plus `change` certainly leave some rival
  // ahead of the target; a cheap test before consider()'s exact one.
  bool
  may_lead(const AnswerChange& change, std::size_t depth)
  {
    std::copy_n(m_gap.begin() + static_cast<std::ptrdiff_t>(depth * m_frameworks), m_frameworks, m_lead.begin());
    m_trial[change.question] = change.answer;
    for (const auto r : m_scorer.rules_of(change.question)) {
      const bool before = m_stamp[r] == m_epoch ? m_prefix_fired[r] != 0 : m_scorer.base_fired(r);
      const bool after = evaluate(m_pack.rules[r].when, m_trial) == model::Truth::yes;
      if (before != after) {
        const auto& effects = m_pack.rules[r].effects;
        const double sign = after ? 1.0 : -1.0;
        for (std::size_t g = 0; g < m_frameworks; ++g) {
          m_lead[g] += sign * (effects[g] - effects[m_target]);
        }
      }
    }
    m_trial[change.question] = m_scorer.answers()[change.question];
    for (std::size_t g = 0; g < m_frameworks; ++g) {
      if (g != m_target && m_lead[g] > k_slack) {
        return false;
      }
    }
    return true;
  }

  std::span<const AnswerChange* const>
  chosen_changes(std::size_t count)
  {
    for (std::size_t i = 0; i < count; ++i) {
      m_chosen_changes[i] = m_candidates[m_chosen[i]].change;
    }
    return {m_chosen_changes.data(), count};
  }

  void
  consider()
  {
    // In questionnaire order, so the sums are the same as the plain
    // enumeration's, to the last bit.
    std::array<std::size_t, k_max_path_changes> picks{};
    std::copy_n(m_chosen.begin(), m_size, picks.begin());
    for (std::size_t i = 1; i < m_size; ++i) { // insertion sort of at most 3
      for (std::size_t j = i; j > 0 && m_candidates[picks[j]].rank < m_candidates[picks[j - 1]].rank; --j) {
        std::swap(picks[j], picks[j - 1]);
      }
    }
    std::array<std::uint32_t, k_max_path_changes> ranks{};
    for (std::size_t i = 0; i < m_size; ++i) {
      m_chosen_changes[i] = m_candidates[picks[i]].change;
      ranks[i] = m_candidates[picks[i]].rank;
    }
    const std::span<const AnswerChange* const> chosen(m_chosen_changes.data(), m_size);
    const auto raw = m_scorer.raw(chosen);
    if (best_of(raw) != m_target) {
      return;
    }
    double total = 0;
    for (const auto* change : chosen) {
      total += change->size;
    }
    const double margin = margin_of(raw, m_pack.score_scale);
    if (m_found) {
      if (total > m_best_total + k_slack) {
        return;
      }
      if (total > m_best_total - k_slack &&
          (margin < m_best_margin || (margin == m_best_margin && !(ranks < m_best_ranks)))) {
        return;
      }
    }
    for (std::size_t i = 0; i < m_size; ++i) {
      m_best[i] = *chosen[i];
    }
    m_found = true;
    m_best_count = m_size;
    m_best_total = total;
    m_best_margin = margin;
    m_best_ranks = ranks;
  }

  const model::RulePack& m_pack;
  Scorer& m_scorer;
  std::uint32_t m_target;
  std::size_t m_frameworks;
  std::vector<double> m_need;  // [g]: g's lead over the target in the base answers
  std::vector<double> m_bound; // [g]: the gains of the chosen candidates, summed
  std::vector<Candidate> m_candidates;
  std::vector<double> m_gain;  // [i * m_frameworks + g], see the class comment
  std::vector<double> m_swing; // [i * m_frameworks + g]
  std::vector<double> m_gain_suffix;
  std::vector<double> m_swing_suffix;
  std::vector<double> m_smallest_left; // [i]: the smallest change size from candidate i on
  std::vector<double> m_gap;           // [depth * m_frameworks + g]: g's lead over the target after `depth` changes
  std::vector<double> m_lead;          // [g]: g's lead over the target, in may_lead()
  model::Answers m_trial;              // the base answers with the chosen prefix, in the last loop
  std::vector<std::uint8_t> m_prefix_fired; // [r]: rule state after the prefix, valid when m_stamp[r] == m_epoch
  std::vector<std::uint32_t> m_stamp;
  std::uint32_t m_epoch = 0;
  std::vector<std::vector<std::uint32_t>> m_rule_questions; // [r]: the questions rule r reads
  std::vector<double> m_delta;       // [i * m_frameworks + g]: candidate i alone, from the base answers
  std::vector<std::uint32_t> m_near; // [q] == m_epoch: q shares a rule with a chosen question
  std::size_t m_size = 0;
  double m_total = 0; // sizes of the chosen candidates
  std::array<std::size_t, k_max_path_changes> m_chosen{};
  std::array<const AnswerChange*, k_max_path_changes> m_chosen_changes{};
  bool m_found = false;
  std::array<AnswerChange, k_max_path_changes> m_best{};
  std::array<std::uint32_t, k_max_path_changes> m_best_ranks{};
  std::size_t m_best_count = 0;
  double m_best_total = 0;
  double m_best_margin = 0;
};

} // namespace

WhatIf
what_if(const model::RulePack& pack, const model::Answers& answers)
{
  const auto choices = detail::all_choices(pack, answers);
  detail::Scorer scorer(pack, answers);
  WhatIf result;
  result.flips = detail::find_flips(pack, answers, choices, scorer);
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
      std::sort(path.changes.begin(), path.changes.end(),
                [](const AnswerChange& a, const AnswerChange& b) { return a.question < b.question; });
      path.found = detail::confirmed(pack, answers, path.changes, path.framework, path.margin);
      if (!path.found) {
        path.changes.clear();
      }
    }
    result.paths.push_back(std::move(path));
  }
  return result;
}

} // namespace framewise::engine
