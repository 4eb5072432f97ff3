#include "scoring_tables.hpp"
#include <framewise/engine/condition_flags.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace framewise::bench::detail {

namespace {

using model::Op;

// Limits that keep the tables small and a call's codes on the stack; a pack
// beyond them is scored by the ScoringPlan's flag path instead.
constexpr std::size_t k_max_codes = 512;       // questions read by rules
constexpr std::size_t k_max_group_rows = 4096; // code combinations of one group
constexpr std::size_t k_max_rows = 1U << 16;   // all groups together
constexpr std::size_t k_max_item_tests = 6;    // per list question: 65 codes
constexpr std::size_t k_max_item_bits = 12;    // items the tests look at, enumerated once
constexpr std::uint64_t k_max_short_span = 64; // bounds this close get a code per value

constexpr std::int64_t k_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t k_min = std::numeric_limits<std::int64_t>::min();

bool
is_group(Op op)
{
  return op == Op::all || op == Op::any || op == Op::not_;
}

bool
reads_items(Op op)
{
  return op == Op::contains || op == Op::set_eq || op == Op::set_ne;
}

bool
reads_value(Op op)
{
  return !is_group(op) && !reads_items(op) && op != Op::answered && op != Op::unanswered;
}

ScoringTables::ItemTest
item_test(const model::ConditionNode& node)
{
  if (node.op == Op::contains) {
    return {node.mask, node.mask, 0, 0};
  }
  return {~std::uint64_t{0}, node.mask, ~std::uint32_t{0}, static_cast<std::uint32_t>(std::popcount(node.mask))};
}

bool
holds(const ScoringTables::ItemTest& test, const model::Answer& answer)
{
  return ((answer.items & test.items_mask) == test.items) & ((answer.item_count & test.count_mask) == test.count);
}

// Where a value may change the outcome of `node`: the value's code counts
// the bounds at or below it, so every comparison is constant between bounds.
void
add_bounds(const model::ConditionNode& node, std::vector<std::int64_t>& bounds)
{
  const auto bound = [&](std::int64_t at, std::int64_t plus) {
    if (plus == 0 || at != k_max) {
      bounds.push_back(at + plus);
    }
  };
  switch (node.op) {
  case Op::eq:
  case Op::ne:
    bound(node.number, 0);
    bound(node.number, 1);
    break;
  case Op::lt:
  case Op::gte:
    bound(node.number, 0);
    break;
  case Op::lte:
  case Op::gt:
    bound(node.number, 1);
    break;
  case Op::in:
    for (std::int64_t bit = 0; bit < 64; ++bit) {
      if (((node.mask >> bit) & 1U) != 0) {
        bounds.push_back(bit);
        bounds.push_back(bit + 1);
      }
    }
    break;
  default:
    break;
  }
}

// What the rules ask of one question.
struct QuestionUse
{
  bool read = false;
  bool values = false;
  std::vector<std::int64_t> bounds;
  std::vector<ScoringTables::ItemTest> tests;
  // One answer per code, or none for a code no answer can have.
  std::vector<std::optional<model::Answer>> representatives;
};

// One answer in each interval between bounds; code 0 is unanswered.
void
value_representatives(QuestionUse& use)
{
  auto& bounds = use.bounds;
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  use.representatives.assign(bounds.size() + 2, std::nullopt);
  use.representatives[0] = model::Answer{};
  const auto answer = [](std::int64_t value) { return model::Answer{true, value, 0, 0}; };
  if (bounds.empty() || bounds.front() != k_min) {
    use.representatives[1] = answer(bounds.empty() ? 0 : bounds.front() - 1);
  }
  for (std::size_t i = 0; i < bounds.size(); ++i) {
    use.representatives[i + 2] = answer(bounds[i]);
  }
}

// One answer for each combination of item test outcomes that any answer can
// give. The outcomes depend only on which of the tested items are chosen,
// whether any other item is, and whether the count equals a tested count,
// so trying those cases finds every reachable combination.
bool
list_representatives(QuestionUse& use)
{
  auto& tests = use.tests;
  std::sort(tests.begin(), tests.end(), [](const auto& a, const auto& b) {
    return std::tie(a.items_mask, a.items, a.count_mask, a.count) <
           std::tie(b.items_mask, b.items, b.count_mask, b.count);
  });
  tests.erase(std::unique(tests.begin(), tests.end(),
                          [](const auto& a, const auto& b) {
                            return a.items_mask == b.items_mask && a.items == b.items && a.count_mask == b.count_mask &&
                                   a.count == b.count;
                          }),
              tests.end());
  if (tests.size() > k_max_item_tests) {
    return false;
  }
  std::uint64_t tested = 0;
  std::vector<std::uint32_t> counts{0};
  for (const auto& test : tests) {
    tested |= test.items;
    counts.push_back(test.count);
  }
  std::sort(counts.begin(), counts.end());
  counts.push_back(counts.back() + 1); // a count no test asks for
  if (tested != ~std::uint64_t{0}) {
    const std::uint64_t untested = ~tested;
    tested |= untested & (~untested + 1); // one item no test names
  }
  std::vector<std::uint64_t> bits;
  for (std::uint64_t rest = tested; rest != 0; rest &= rest - 1) {
    bits.push_back(rest & (~rest + 1));
  }
  if (bits.size() > k_max_item_bits) {
    return false;
  }
  use.representatives.assign((std::size_t{1} << tests.size()) + 1, std::nullopt);
  use.representatives[0] = model::Answer{};
  for (std::uint64_t subset = 0; subset < (std::uint64_t{1} << bits.size()); ++subset) {
    model::Answer answer{true, 0, 0, 0};
    for (std::size_t b = 0; b < bits.size(); ++b) {
      answer.items |= ((subset >> b) & 1U) != 0 ? bits[b] : 0;
    }
    for (const std::uint32_t count : counts) {
      answer.item_count = count;
      std::size_t code = 1;
      for (std::size_t k = 0; k < tests.size(); ++k) {
        code += std::size_t{holds(tests[k], answer)} << k;
      }
      if (!use.representatives[code]) {
        use.representatives[code] = answer;
      }
    }
  }
  return true;
}

// Whether adding the effects in any order gives the same bits as in rule
// order: true when every partial sum is exact, as for multiples of 1/1024
// whose total magnitude stays far below 2^53.
bool
sums_exact_in_any_order(const model::RulePack& pack)
{
  double magnitude = 0;
  for (const auto& rule : pack.rules) {
    for (const double effect : rule.effects) {
      if (!std::isfinite(effect) || std::abs(effect) > 1e9 || std::round(effect * 1024) != effect * 1024) {
        return false;
      }
      magnitude += std::abs(effect);
    }
  }
  return magnitude < 1e12;
}

} // namespace

std::optional<ScoringTables>
ScoringTables::make(const model::RulePack& pack, std::vector<bool>& covered)
{
  covered.assign(pack.rules.size(), false);
  if (!sums_exact_in_any_order(pack)) {
    return std::nullopt;
  }
  for (const auto& rule : pack.rules) {
    if (rule.effects.size() != pack.frameworks.size()) {
      return std::nullopt; // malformed: left to the plain path
    }
  }
  // What every rule reads.
  std::vector<QuestionUse> uses(pack.questions.size());
  for (const auto& rule : pack.rules) {
    const auto& nodes = rule.when.nodes;
    for (const auto& node : nodes) {
      // A lone all/any/not is read as a comparison that compares nothing.
      if (is_group(node.op) || node.subject == model::k_subject_recommendation) {
        continue;
      }
      if (node.subject >= uses.size()) {
        continue; // malformed: the rule is left to the flags
      }
      QuestionUse& use = uses[node.subject];
      use.read = true;
      if (reads_value(node.op)) {
        use.values = true;
        add_bounds(node, use.bounds);
      } else if (reads_items(node.op)) {
        use.tests.push_back(item_test(node));
      }
    }
  }

  ScoringTables tables;
  tables.m_framework_count = pack.frameworks.size();
  // Questions no code can describe leave the rules reading them to the flags.
  constexpr std::uint32_t k_no_code = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> code_of(pack.questions.size(), k_no_code);
  for (std::uint32_t q = 0; q < uses.size(); ++q) {
    QuestionUse& use = uses[q];
    if (!use.read || (use.values && !use.tests.empty()) || tables.m_values.size() >= k_max_codes / 2) {
      continue; // (read as a value and as a list: no loader makes such a pack)
    }
    if (use.tests.empty()) {
      value_representatives(use);
      code_of[q] = static_cast<std::uint32_t>(tables.m_values.size());
      ValueQuestion question{q,
                             static_cast<std::uint32_t>(tables.m_bounds.size()),
                             static_cast<std::uint32_t>(use.bounds.size()),
                             static_cast<std::uint32_t>(tables.m_short_codes.size()),
                             0,
                             -1};
      const auto& bounds = use.bounds;
      if (!bounds.empty() &&
          static_cast<std::uint64_t>(bounds.back()) - static_cast<std::uint64_t>(bounds.front()) <= k_max_short_span) {
        question.low = bounds.front();
        question.span = bounds.back() - bounds.front();
        std::uint32_t code = 2; // at the first bound
        for (std::int64_t offset = 0; offset <= question.span; ++offset) {
          const std::int64_t value = question.low + offset; // at most the last bound
          code += static_cast<std::uint32_t>(offset != 0 && std::binary_search(bounds.begin(), bounds.end(), value));
          tables.m_short_codes.push_back(code);
        }
      }
      tables.m_values.push_back(question);
      tables.m_bounds.insert(tables.m_bounds.end(), bounds.begin(), bounds.end());
    }
  }
  for (std::uint32_t q = 0; q < uses.size(); ++q) {
    QuestionUse& use = uses[q];
    if (use.read && !use.values && !use.tests.empty() && tables.m_lists.size() < k_max_codes / 2 &&
        list_representatives(use)) {
      code_of[q] = static_cast<std::uint32_t>(tables.m_values.size() + tables.m_lists.size());
      tables.m_lists.push_back(
        {q, static_cast<std::uint32_t>(tables.m_item_tests.size()), static_cast<std::uint32_t>(use.tests.size())});
      tables.m_item_tests.insert(tables.m_item_tests.end(), use.tests.begin(), use.tests.end());
    }
  }

  // Rules that read the same questions share a group and its table.
  std::map<std::vector<std::uint32_t>, std::vector<std::uint32_t>> rules_by_reads;
  for (std::uint32_t r = 0; r < pack.rules.size(); ++r) {
    std::vector<std::uint32_t> reads;
    bool coded = true;
    for (const auto& node : pack.rules[r].when.nodes) {
      if (!is_group(node.op) && node.subject != model::k_subject_recommendation) {
        reads.push_back(node.subject);
        coded = coded && node.subject < code_of.size() && code_of[node.subject] != k_no_code;
      }
    }
    std::sort(reads.begin(), reads.end());
    reads.erase(std::unique(reads.begin(), reads.end()), reads.end());
    if (coded) {
      rules_by_reads[reads].push_back(r);
    }
  }
  model::Answers scratch(pack.questions.size());
  const std::size_t count = tables.m_framework_count;
  for (const auto& [questions, rules] : rules_by_reads) {
    Group group{static_cast<std::uint32_t>(tables.m_reads.size()), static_cast<std::uint32_t>(questions.size()),
                static_cast<std::uint32_t>(tables.m_rows.size() / std::max<std::size_t>(count, 1))};
    std::size_t rows = 1;
    for (const std::uint32_t q : questions) {
      rows *= std::min(uses[q].representatives.size(), k_max_group_rows + 1);
      rows = std::min(rows, k_max_group_rows + 1);
    }
    if (rows > k_max_group_rows || tables.m_rows.size() / std::max<std::size_t>(count, 1) + rows > k_max_rows) {
      continue; // too many combinations: these rules are left to the flags
    }
    for (std::size_t stride = 1; const std::uint32_t q : questions) {
      tables.m_reads.push_back({code_of[q], static_cast<std::uint32_t>(stride)});
      stride *= uses[q].representatives.size();
    }
    for (const std::uint32_t rule : rules) {
      covered[rule] = true;
    }
    // Each row: the effects of the group's rules that fire, in rule order,
    // decided by the plain evaluation on one answer of each code.
    for (std::size_t row = 0; row < rows; ++row) {
      bool reachable = true;
      std::size_t rest = row;
      for (const std::uint32_t q : questions) {
        const auto& representatives = uses[q].representatives;
        const auto& answer = representatives[rest % representatives.size()];
        rest /= representatives.size();
        reachable = reachable && answer.has_value();
        scratch[q] = answer.value_or(model::Answer{});
      }
      std::vector<double> sums(count, 0.0);
      for (const std::uint32_t rule : rules) {
        if (reachable && engine::detail::condition_flags(pack.rules[rule].when, scratch, engine::k_no_pick).yes) {
          for (std::size_t f = 0; f < count; ++f) {
            sums[f] += pack.rules[rule].effects[f];
          }
        }
      }
      tables.m_rows.insert(tables.m_rows.end(), sums.begin(), sums.end());
    }
    for (const std::uint32_t q : questions) {
      scratch[q] = model::Answer{};
    }
    if (questions.size() == 1) {
      tables.m_single_groups.push_back({code_of[questions.front()], group.first_row});
      tables.m_reads.pop_back();
    } else {
      tables.m_groups.push_back(group);
    }
  }
  if (std::find(covered.begin(), covered.end(), true) == covered.end()) {
    return std::nullopt;
  }
  return tables;
}

void
ScoringTables::codes_of(const model::Answers& answers, std::uint32_t* codes) const
{
  const model::Answer* answer = answers.data();
  const std::int64_t* bounds = m_bounds.data();
  const std::uint32_t* short_codes = m_short_codes.data();
  for (const ValueQuestion& question : m_values) {
    const model::Answer& a = answer[question.question];
    std::uint32_t code = 1;
    if (question.span >= 0) {
      // Below the first bound 1, past the last 1 + bound_count; selects
      // rather than branches, since answers make the outcome unpredictable.
      // Masks, not `?:`: compilers turn a select into a branch, and a branch
      // on an answer that is still being loaded stalls everything after it.
      const std::uint64_t offset = static_cast<std::uint64_t>(a.value) - static_cast<std::uint64_t>(question.low);
      const auto inside = static_cast<std::uint32_t>(offset <= static_cast<std::uint64_t>(question.span));
      const std::uint32_t short_code = short_codes[question.first_short + (offset & (0 - std::uint64_t{inside}))];
      const std::uint32_t outside_code = 1 + question.bound_count * static_cast<std::uint32_t>(a.value >= question.low);
      code = (short_code & (0 - inside)) | (outside_code & (inside - 1));
    } else {
      for (std::uint32_t k = 0; k < question.bound_count; ++k) {
        code += static_cast<std::uint32_t>(a.value >= bounds[question.first_bound + k]);
      }
    }
    *codes++ = code & (0 - static_cast<std::uint32_t>(a.answered));
  }
  const ItemTest* tests = m_item_tests.data();
  for (const ListQuestion& question : m_lists) {
    const model::Answer& a = answer[question.question];
    std::uint32_t code = 1;
    for (std::uint32_t k = 0; k < question.test_count; ++k) {
      code += static_cast<std::uint32_t>(holds(tests[question.first_test + k], a)) << k;
    }
    *codes++ = code & (0 - static_cast<std::uint32_t>(a.answered));
  }
}

template <std::size_t count>
void
ScoringTables::sum_rows(const std::uint32_t* codes, double* raw) const
{
  std::array<double, count> totals{};
  const Read* reads = m_reads.data();
  const double* rows = m_rows.data();
  for (const SingleGroup& group : m_single_groups) {
    const double* effects = rows + (std::size_t{group.first_row} + codes[group.code]) * count;
    for (std::size_t f = 0; f < count; ++f) {
      totals[f] += effects[f];
    }
  }
  for (const Group& group : m_groups) {
    std::size_t row = group.first_row;
    for (std::uint32_t k = 0; k < group.read_count; ++k) {
      const Read& read = reads[group.first_read + k];
      row += std::size_t{codes[read.code]} * read.stride;
    }
    const double* effects = rows + row * count;
    for (std::size_t f = 0; f < count; ++f) {
      totals[f] += effects[f];
    }
  }
  std::copy(totals.begin(), totals.end(), raw);
}

void
ScoringTables::add_up(const model::Answers& answers, std::span<double> raw) const
{
  std::array<std::uint32_t, k_max_codes> codes; // every code read is written first
  codes_of(answers, codes.data());
  switch (m_framework_count) {
  case 2:
    return sum_rows<2>(codes.data(), raw.data());
  case 3:
    return sum_rows<3>(codes.data(), raw.data());
  case 4:
    return sum_rows<4>(codes.data(), raw.data());
  default:
    break;
  }
  std::fill(raw.begin(), raw.end(), 0.0);
  for (const SingleGroup& group : m_single_groups) {
    for (std::size_t f = 0; f < m_framework_count; ++f) {
      raw[f] += m_rows[(std::size_t{group.first_row} + codes[group.code]) * m_framework_count + f];
    }
  }
  for (const Group& group : m_groups) {
    std::size_t row = group.first_row;
    for (std::uint32_t k = 0; k < group.read_count; ++k) {
      row += std::size_t{codes[m_reads[group.first_read + k].code]} * m_reads[group.first_read + k].stride;
    }
    for (std::size_t f = 0; f < m_framework_count; ++f) {
      raw[f] += m_rows[row * m_framework_count + f];
    }
  }
}

} // namespace framewise::bench::detail
