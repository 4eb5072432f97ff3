#include "scoring_plan.hpp"
#include <framewise/engine/condition_flags.hpp>
#include <framewise/engine/scoring.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace framewise::bench {

namespace {

using model::Op;

constexpr std::int64_t k_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t k_max = std::numeric_limits<std::int64_t>::max();

// During construction a flag is named 2 x slot + (0 for yes, 1 for no); once
// every slot is known these become byte offsets (ScoringPlan::m_slot_stride).
std::uint32_t
yes_of(std::uint32_t slot)
{
  return 2 * slot;
}

std::uint32_t
no_of(std::uint32_t slot)
{
  return 2 * slot + 1;
}

// Scratch flags on the stack up to this size (two bytes per slot, about
// 2,000 condition nodes), so evaluating allocates nothing for any real pack.
constexpr std::size_t k_inline_flag_bytes = 4096;

// Bits 0..n-1: whether rule base+i fired, from the yes bytes (0 or 1) of the
// rule roots, which are the first bytes of `flags`. Eight bytes at a time: the
// multiplication moves byte i's low bit to bit 56 + i without carries.
std::uint64_t
fired_bits(const std::uint8_t* yes, std::size_t n)
{
  std::uint64_t bits = 0;
  if constexpr (std::endian::native == std::endian::little) {
    for (std::size_t i = 0; i < n; i += 8) {
      std::uint64_t chunk = 0;
      std::memcpy(&chunk, yes + i, sizeof chunk);
      bits |= ((chunk * 0x0102040810204080ULL) >> 56) << i;
    }
    if (n < 64) {
      bits &= (std::uint64_t{1} << n) - 1;
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      bits |= std::uint64_t{yes[i]} << i;
    }
  }
  return bits;
}

} // namespace

ScoringPlan::ScoringPlan(const model::RulePack& pack)
    : m_framework_count(pack.frameworks.size())
{
  // The tables take the rules they can; the flags below the rest, in order.
  std::vector<bool> tabled;
  m_tables = detail::ScoringTables::make(pack, tabled);
  std::vector<const model::Rule*> rules;
  for (std::size_t r = 0; r < pack.rules.size(); ++r) {
    if (!m_tables || !tabled[r]) {
      rules.push_back(&pack.rules[r]);
    }
  }
  m_rule_count = rules.size();
  m_slot_count = rules.size();
  m_effects.reserve(m_rule_count * m_framework_count);
  for (std::uint32_t r = 0; r < m_rule_count; ++r) {
    const model::Rule& rule = *rules[r];
    for (std::size_t f = 0; f < m_framework_count; ++f) {
      const double effect = f < rule.effects.size() ? rule.effects[f] : 0.0;
      m_multiply_every_rule = m_multiply_every_rule || !std::isfinite(effect);
      m_effects.push_back(effect);
    }
    const std::vector<model::ConditionNode>& nodes = rule.when.nodes;
    if (nodes.empty()) {
      m_constants.push_back({yes_of(r), no_of(r), 1, 0});
    } else if (nodes.size() == 1 && (nodes[0].op == Op::all || nodes[0].op == Op::any || nodes[0].op == Op::not_)) {
      // As condition_flags: a lone node is a comparison, and all/any/not
      // compare nothing, so it is unknown (no loader makes one).
      m_constants.push_back({yes_of(r), no_of(r), 0, 0});
    } else {
      place(rule.when, 0, yes_of(r), no_of(r));
    }
  }
  // Yes flags first, rounded up so fired_bits may read whole 8-byte chunks.
  m_slot_stride = static_cast<std::uint32_t>((m_slot_count + 7) / 8 * 8);
  const auto byte = [&](std::uint32_t& flag) { flag = (flag >> 1) + (flag & 1) * m_slot_stride; };
  const auto bytes = [&](auto& tests) {
    for (auto& test : tests) {
      byte(test.yes);
      byte(test.no);
    }
  };
  bytes(m_ranges);
  bytes(m_options);
  bytes(m_items);
  bytes(m_answered);
  bytes(m_constants);
  bytes(m_combines);
}

std::uint32_t
ScoringPlan::new_slot()
{
  return static_cast<std::uint32_t>(m_slot_count++);
}

void
ScoringPlan::place(const model::Condition& condition, std::size_t at, std::uint32_t yes, std::uint32_t no)
{
  const model::ConditionNode& node = condition.nodes[at];
  const auto range = [&](std::int64_t low, std::int64_t high, bool negated) {
    m_ranges.push_back({node.subject, negated ? no : yes, negated ? yes : no, static_cast<std::uint64_t>(low),
                        static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low)});
  };
  if (node.subject == model::k_subject_recommendation && node.op != Op::all && node.op != Op::any &&
      node.op != Op::not_) {
    // Scoring runs before there is a pick, so this comparison has one outcome.
    const engine::detail::Flags flags = engine::detail::compare_flags(node, model::Answers{}, engine::k_no_pick);
    m_constants.push_back({yes, no, flags.yes, flags.no});
    return;
  }
  switch (node.op) {
  case Op::not_:
    place(condition, at + 1, no, yes);
    return;
  case Op::all:
  case Op::any: {
    // any(a, b) is not all(not a, not b): one kind of combination serves both.
    const bool any = node.op == Op::any;
    std::vector<std::uint32_t> slots;
    const std::size_t end = at + node.subtree_size;
    for (std::size_t child = at + 1; child < end; child += condition.nodes[child].subtree_size) {
      const std::uint32_t slot = new_slot();
      slots.push_back(slot);
      place(condition, child, any ? no_of(slot) : yes_of(slot), any ? yes_of(slot) : no_of(slot));
    }
    m_combines.push_back({static_cast<std::uint32_t>(m_children.size()), static_cast<std::uint32_t>(slots.size()),
                          any ? no : yes, any ? yes : no});
    m_children.insert(m_children.end(), slots.begin(), slots.end());
    return;
  }
  // Each comparison as an interval test, negated where the operator is the
  // complement of one (ne of eq, lt of gte): Kleene `not` of a comparison
  // swaps exactly its yes and no flags, as the three-valued logic of ARCHITECTURE.md says.
  case Op::eq:
    return range(node.number, node.number, false);
  case Op::ne:
    return range(node.number, node.number, true);
  case Op::gte:
    return range(node.number, k_max, false);
  case Op::lt:
    return range(node.number, k_max, true);
  case Op::gt:
    return node.number == k_max ? range(k_min, k_max, true) : range(node.number + 1, k_max, false);
  case Op::lte:
    return node.number == k_max ? range(k_min, k_max, false) : range(node.number + 1, k_max, true);
  case Op::in:
    m_options.push_back({node.subject, yes, no, node.mask});
    return;
  case Op::contains:
    m_items.push_back({node.subject, yes, no, 0, 0, node.mask, node.mask});
    return;
  case Op::set_eq:
  case Op::set_ne: {
    const bool negated = node.op == Op::set_ne;
    m_items.push_back({node.subject, negated ? no : yes, negated ? yes : no, ~std::uint32_t{0},
                       static_cast<std::uint32_t>(std::popcount(node.mask)), ~std::uint64_t{0}, node.mask});
    return;
  }
  case Op::answered:
    m_answered.push_back({node.subject, yes, no});
    return;
  case Op::unanswered:
    m_answered.push_back({node.subject, no, yes});
    return;
  }
  m_constants.push_back({yes, no, 0, 0}); // as compare_answer: an unknown operator is unknown
}

void
ScoringPlan::fill_flags(const model::Answers& answers, std::uint8_t* flags) const
{
  const model::Answer* answer = answers.data();
  // `&` and `!` on bools, not branches: real answers make every test's
  // outcome unpredictable.
  for (const RangeTest& test : m_ranges) {
    const model::Answer& a = answer[test.question];
    const bool holds = static_cast<std::uint64_t>(a.value) - test.low <= test.span;
    flags[test.yes] = static_cast<std::uint8_t>(a.answered & holds);
    flags[test.no] = static_cast<std::uint8_t>(a.answered & !holds);
  }
  for (const OptionTest& test : m_options) {
    const model::Answer& a = answer[test.question];
    const auto bit = static_cast<std::uint64_t>(a.value);
    const bool holds = (bit < 64) & (((test.mask >> (bit & 63U)) & 1U) != 0);
    flags[test.yes] = static_cast<std::uint8_t>(a.answered & holds);
    flags[test.no] = static_cast<std::uint8_t>(a.answered & !holds);
  }
  for (const ItemsTest& test : m_items) {
    const model::Answer& a = answer[test.question];
    const bool holds = ((a.items & test.items_mask) == test.items) & ((a.item_count & test.count_mask) == test.count);
    flags[test.yes] = static_cast<std::uint8_t>(a.answered & holds);
    flags[test.no] = static_cast<std::uint8_t>(a.answered & !holds);
  }
  for (const AnsweredTest& test : m_answered) {
    const bool answered = answer[test.question].answered;
    flags[test.yes] = static_cast<std::uint8_t>(answered);
    flags[test.no] = static_cast<std::uint8_t>(!answered);
  }
  for (const Constant& constant : m_constants) {
    flags[constant.yes] = constant.yes_value;
    flags[constant.no] = constant.no_value;
  }
  const std::uint32_t* children = m_children.data();
  for (const Combine& combine : m_combines) {
    std::uint8_t yes = 1;
    std::uint8_t no = 0;
    for (std::uint32_t k = 0; k < combine.child_count; ++k) {
      const std::uint32_t slot = children[combine.first_child + k];
      yes &= flags[slot];
      no |= flags[slot + m_slot_stride];
    }
    flags[combine.yes] = yes;
    flags[combine.no] = no;
  }
  // The rounding of the yes flags to whole chunks: defined, though never used.
  std::memset(flags + m_slot_count, 0, m_slot_stride - m_slot_count);
}

// Adds to `raw` the effects of the rules that fired, in rule order, so the
// sums are add_up's bit for bit: add_up adds 0 x effect for the others, and
// x + 0 is x. (After the tables, the order does not matter: see there.)
template <std::size_t count>
void
ScoringPlan::sum_fired(const std::uint8_t* flags, double* raw) const
{
  std::array<double, count> totals;
  std::copy(raw, raw + count, totals.begin());
  const double* effects = m_effects.data();
  if (m_multiply_every_rule) {
    for (std::size_t r = 0; r < m_rule_count; ++r) {
      const auto fired = static_cast<double>(flags[r]);
      for (std::size_t f = 0; f < count; ++f) {
        totals[f] += fired * effects[r * count + f];
      }
    }
  } else {
    for (std::size_t base = 0; base < m_rule_count; base += 64) {
      std::uint64_t bits = fired_bits(flags + base, std::min<std::size_t>(64, m_rule_count - base));
      while (bits != 0) {
        const double* row = effects + (base + static_cast<std::size_t>(std::countr_zero(bits))) * count;
        bits &= bits - 1;
        for (std::size_t f = 0; f < count; ++f) {
          totals[f] += row[f];
        }
      }
    }
  }
  std::copy(totals.begin(), totals.end(), raw);
}

void
ScoringPlan::sum_fired_any(const std::uint8_t* flags, std::span<double> raw) const
{
  const std::size_t count = raw.size();
  for (std::size_t r = 0; r < m_rule_count; ++r) {
    const double* row = m_effects.data() + r * count;
    if (m_multiply_every_rule) {
      const auto fired = static_cast<double>(flags[r]);
      for (std::size_t f = 0; f < count; ++f) {
        raw[f] += fired * row[f];
      }
    } else if (flags[r] != 0) {
      for (std::size_t f = 0; f < count; ++f) {
        raw[f] += row[f];
      }
    }
  }
}

void
ScoringPlan::add_up(const model::Answers& answers, std::span<double> raw) const
{
  if (m_tables) {
    m_tables->add_up(answers, raw);
    if (m_rule_count == 0) {
      return;
    }
  } else {
    std::fill(raw.begin(), raw.end(), 0.0);
  }
  const auto run = [&](std::uint8_t* flags) {
    fill_flags(answers, flags);
    switch (m_framework_count) {
    case 2:
      return sum_fired<2>(flags, raw.data());
    case 3:
      return sum_fired<3>(flags, raw.data());
    case 4:
      return sum_fired<4>(flags, raw.data());
    default:
      return sum_fired_any(flags, raw);
    }
  };
  const std::size_t size = 2 * std::size_t{m_slot_stride};
  if (size <= k_inline_flag_bytes) {
    std::array<std::uint8_t, k_inline_flag_bytes> flags; // every byte read is written first
    run(flags.data());
  } else {
    std::vector<std::uint8_t> flags(size);
    run(flags.data());
  }
}

std::uint32_t
ScoringPlan::top_pick(const model::Answers& answers) const
{
  constexpr std::size_t k_inline = 16;
  if (m_framework_count <= k_inline) {
    std::array<double, k_inline> raw{};
    add_up(answers, std::span(raw.data(), m_framework_count));
    return engine::best_of(std::span(raw.data(), m_framework_count));
  }
  std::vector<double> raw(m_framework_count);
  add_up(answers, raw);
  return engine::best_of(raw);
}

} // namespace framewise::bench
