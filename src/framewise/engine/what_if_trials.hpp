#pragma once

// What the two what-if searches share (flip_points.cpp: one change that flips
// the pick; fewest_changes.cpp: the fewest changes to each other pick): the
// answer changes worth trying per question, a scorer that re-evaluates only
// the rules a change reads, and the full evaluation every claim must pass.
// Internal to the engine.

#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>
#include <framewise/engine/what_if.hpp>
#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace framewise::engine::detail {

// True for a node that compares a question's answer (not all/any/not).
inline bool
is_comparison(const model::ConditionNode& node)
{
  return node.op != model::Op::all && node.op != model::Op::any && node.op != model::Op::not_;
}

// The changes worth trying to one question's answer.
struct Choices
{
  std::uint32_t question = 0;
  std::vector<AnswerChange> changes;
};

// For every question some scoring rule reads, one change per class of answers
// the rules tell apart from the current one (the smallest of each class),
// smallest first; questions with none are left out.
std::vector<Choices> all_choices(const model::RulePack& pack, const model::Answers& answers);

// Raw totals after a few answer changes, re-evaluating only the rules that read
// a changed question. Allocates nothing per call.
class Scorer
{
public:
  Scorer(const model::RulePack& pack, const model::Answers& answers)
      : m_pack(pack)
      , m_answers(answers)
      , m_trial(answers)
      , m_base_raw(pack.frameworks.size())
      , m_raw(pack.frameworks.size())
      , m_stamp(pack.rules.size(), 0)
  {
    add_up(pack, answers, m_base_raw);
    m_base_fired.reserve(pack.rules.size());
    for (const auto& rule : pack.rules) {
      m_base_fired.push_back(evaluate(rule.when, answers) == model::Truth::yes);
    }
    // rules_reading for every question, in one pass over the rules.
    m_rules_of.resize(pack.questions.size());
    for (std::uint32_t r = 0; r < pack.rules.size(); ++r) {
      for (const auto& node : pack.rules[r].when.nodes) {
        if (is_comparison(node) && node.subject < m_rules_of.size() &&
            (m_rules_of[node.subject].empty() || m_rules_of[node.subject].back() != r)) {
          m_rules_of[node.subject].push_back(r);
        }
      }
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

  const std::vector<double>&
  base_raw() const
  {
    return m_base_raw;
  }
  const model::Answers&
  answers() const
  {
    return m_answers;
  }
  bool
  base_fired(std::uint32_t rule) const
  {
    return m_base_fired[rule];
  }
  const std::vector<std::uint32_t>&
  rules_of(std::uint32_t q) const
  {
    return m_rules_of[q];
  }

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

// True when `changes` applied to `answers` make `pick` the pick by a full,
// independent evaluation; `margin` is then its lead.
bool confirmed(const model::RulePack& pack, const model::Answers& answers, std::span<const AnswerChange> changes,
               std::uint32_t pick, double& margin);

// flip_points on choices and a scorer made once (what_if reuses them).
std::vector<FlipPoint> find_flips(const model::RulePack& pack, const model::Answers& answers,
                                  const std::vector<Choices>& choices, Scorer& scorer);

} // namespace framewise::engine::detail
