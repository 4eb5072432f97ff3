#pragma once

#include "scoring_tables.hpp"
#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <cstdint>
#include <span>
#include <vector>

namespace framewise::bench {

// add_up and top_pick of scoring.hpp compiled once for one pack, for callers
// that score many answer sets against the same pack (batch evaluation, the
// bench). Making one costs tens of microseconds, so a single report does not.
// The results are those of add_up/top_pick(pack, ...) bit for bit; those stay
// the plain rule-by-rule definition.
//
// Why it is faster: when the pack's effects add up exactly in any order (whole
// numbers, halves: the built-in pack), every answer becomes a small code and
// the rules reading the same questions become one precomputed table, so a
// profile costs a comparison or look-up per question and one row per table
// (scoring_tables.hpp). Otherwise, and for rules that read too many
// questions to be tabled, the conditions are flattened into a few
// arrays of one kind of test each (interval of a value, option set, list
// items, answered), with no branch on the operator and no walk of the rule
// structs; every node's yes/no flags go to a byte of a scratch buffer on the
// stack, and only the rules that fired add their effects, in rule order.
// The plan copies what it needs: it does not refer to the pack after
// construction. Evaluating allocates nothing for plans of up to a few
// hundred rules.
class ScoringPlan
{
public:
  explicit ScoringPlan(const model::RulePack& pack);

  // As engine::add_up(pack, answers, raw); `raw` has exactly one slot per
  // framework of the pack.
  void add_up(const model::Answers& answers, std::span<double> raw) const;

  // As engine::top_pick(pack, answers).
  std::uint32_t top_pick(const model::Answers& answers) const;

  std::size_t
  framework_count() const
  {
    return m_framework_count;
  }

  // Whether this plan scores by table look-ups (scoring_tables.hpp), which
  // most packs allow, and how many rules it leaves to the flags of their
  // condition nodes (all without tables).
  bool
  uses_tables() const
  {
    return m_tables.has_value();
  }
  std::size_t
  rules_by_flags() const
  {
    return m_rule_count;
  }

  // Tests of one kind each. `yes`/`no` are the bytes of the scratch buffer
  // the test writes its flags to (swapped for a `not` above it). The yes flag
  // of slot s is byte s, its no flag byte s + m_slot_stride.
  struct RangeTest // eq, ne, lt, lte, gt, gte: value in [low, low + span]
  {
    std::uint32_t question;
    std::uint32_t yes;
    std::uint32_t no;
    std::uint64_t low;
    std::uint64_t span;
  };
  struct OptionTest // in: bit `value` of `mask`
  {
    std::uint32_t question;
    std::uint32_t yes;
    std::uint32_t no;
    std::uint64_t mask;
  };
  struct ItemsTest // contains, set_eq, set_ne
  {
    std::uint32_t question;
    std::uint32_t yes;
    std::uint32_t no;
    std::uint32_t count_mask;
    std::uint32_t count;
    std::uint64_t items_mask;
    std::uint64_t items;
  };
  struct AnsweredTest // answered, unanswered: never unknown
  {
    std::uint32_t question;
    std::uint32_t yes;
    std::uint32_t no;
  };
  struct Constant // an empty condition, or `q: recommendation` while scoring
  {
    std::uint32_t yes;
    std::uint32_t no;
    std::uint8_t yes_value;
    std::uint8_t no_value;
  };
  struct Combine // all (and `any`, stored negated): children yes ANDed, no ORed
  {
    std::uint32_t first_child; // into m_children
    std::uint32_t child_count;
    std::uint32_t yes;
    std::uint32_t no;
  };

private:
  void place(const model::Condition& condition, std::size_t at, std::uint32_t yes, std::uint32_t no);
  std::uint32_t new_slot();
  void fill_flags(const model::Answers& answers, std::uint8_t* flags) const;
  template <std::size_t count> void sum_fired(const std::uint8_t* flags, double* raw) const;
  void sum_fired_any(const std::uint8_t* flags, std::span<double> raw) const;

  std::size_t m_framework_count = 0;
  std::size_t m_rule_count = 0; // rules scored by flags, in pack order
  std::size_t m_slot_count = 0; // rule roots first, so rule r's yes flag is byte r
  std::vector<RangeTest> m_ranges;
  std::vector<OptionTest> m_options;
  std::vector<ItemsTest> m_items;
  std::vector<AnsweredTest> m_answered;
  std::vector<Constant> m_constants;
  std::vector<Combine> m_combines;       // children before parents
  std::vector<std::uint32_t> m_children; // the slot of each child
  std::vector<double> m_effects;         // rule-major: rule r's effects at r * m_framework_count
  // Effects that are not finite (no loader lets them through) make 0 x effect
  // differ from skipping the rule, so such a plan multiplies like add_up.
  bool m_multiply_every_rule = false;
  std::uint32_t m_slot_stride = 0; // no flag of slot s at byte s + m_slot_stride
  // The faster form, for packs whose sums it keeps exact (most: see there).
  std::optional<detail::ScoringTables> m_tables;
};

} // namespace framewise::bench
