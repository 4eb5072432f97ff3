#pragma once

// The fastest form of a ScoringPlan (scoring_plan.hpp), internal to it: every
// answer is reduced to a small code, and the effects of all rules that read
// the same questions are summed in advance for every combination of their
// codes, so scoring a profile is a few comparisons per question and one table
// row per group of rules.

#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace framewise::bench::detail {

class ScoringTables
{
public:
  // The tables for the rules of `pack` they can hold, marked in `covered`
  // (rules reading too many questions with too many codes are not); nothing
  // when they would not give add_up's totals bit for bit. Summing per group
  // instead of rule by rule changes the order of the additions, which is
  // exact only when every partial sum is: effects in multiples of 1/1024
  // (whole numbers, halves, quarters...) that add up to far less than 2^53.
  // Tenths are not exact in binary, so a pack with them is not tabled. For
  // the same reason the rules left out may be added in any order after.
  static std::optional<ScoringTables> make(const model::RulePack& pack, std::vector<bool>& covered);

  // As add_up over the covered rules; `raw` has one slot per framework.
  void add_up(const model::Answers& answers, std::span<double> raw) const;

  struct ValueQuestion // boolean, choice, integer: which interval the value is in
  {
    std::uint32_t question;
    std::uint32_t first_bound; // into m_bounds, sorted
    std::uint32_t bound_count;
    // Bounds close together (choices, booleans): the code of every value from
    // the first bound to the last, at m_short_codes[first_short], so the code
    // is one look-up instead of a comparison per bound.
    std::uint32_t first_short;
    std::int64_t low;  // the first bound
    std::int64_t span; // last bound - first bound, or -1 without short codes
  };
  struct ListQuestion // list: which of its item tests hold, one bit each
  {
    std::uint32_t question;
    std::uint32_t first_test; // into m_item_tests
    std::uint32_t test_count;
  };
  struct ItemTest // as ScoringPlan::ItemsTest
  {
    std::uint64_t items_mask;
    std::uint64_t items;
    std::uint32_t count_mask;
    std::uint32_t count;
  };
  struct Read // a group reads the code of one question
  {
    std::uint32_t code; // into the codes of a call: value questions first
    std::uint32_t stride;
  };
  struct SingleGroup // a group that reads one question: the row is its code
  {
    std::uint32_t code;
    std::uint32_t first_row;
  };
  struct Group // rules that read the same questions, and their table
  {
    std::uint32_t first_read; // into m_reads
    std::uint32_t read_count;
    std::uint32_t first_row; // into m_rows, in rows of m_framework_count
  };

private:
  template <std::size_t count> void sum_rows(const std::uint32_t* codes, double* raw) const;
  void codes_of(const model::Answers& answers, std::uint32_t* codes) const;

  std::size_t m_framework_count = 0;
  std::vector<ValueQuestion> m_values;
  std::vector<ListQuestion> m_lists;
  std::vector<std::int64_t> m_bounds;
  std::vector<std::uint32_t> m_short_codes;
  std::vector<ItemTest> m_item_tests;
  std::vector<Read> m_reads;
  std::vector<SingleGroup> m_single_groups;
  std::vector<Group> m_groups; // reading none or several questions
  std::vector<double> m_rows;
};

} // namespace framewise::bench::detail
