#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/lint_candidates.hpp>
#include <framewise/engine/option_distinction.hpp>

#include <algorithm>
#include <utility>

namespace framewise::engine {

namespace {

// Past this many evaluations for one condition, the comparisons decide alone
// (see distinguish_options): the budget never-holds gives a condition. The
// built-in pack's largest needs under twenty thousand.
constexpr std::size_t k_max_evaluations = 200000;

using Pair = std::pair<std::uint32_t, std::uint32_t>;

bool
has(std::uint64_t mask, std::uint32_t option)
{
  return option < 64 && (mask & (std::uint64_t{1} << option)) != 0;
}

// Whether the comparison `node` on `question` takes options a and b differently.
bool
separates(const model::ConditionNode& node, std::uint32_t question, std::uint32_t a, std::uint32_t b)
{
  if (!is_comparison(node.op) || node.subject != question) {
    return false;
  }
  switch (node.op) {
  case model::Op::eq:
  case model::Op::ne:
    return (node.number == a) != (node.number == b);
  case model::Op::in:
  case model::Op::contains:
  case model::Op::set_eq:
  case model::Op::set_ne:
    return has(node.mask, a) != has(node.mask, b);
  default:
    return false; // answered/unanswered take every option alike
  }
}

class Distinguisher
{
public:
  Distinguisher(const model::RulePack& pack, std::uint32_t question, OptionDistinction& out)
      : m_pack(pack)
      , m_question(question)
      , m_out(out)
  {}

  // Marks the pairs that `condition` (named `name`) tells apart and no
  // earlier item did.
  void
  run(const model::Condition& condition, const std::string& name)
  {
    std::vector<Pair> pairs;
    const auto n = static_cast<std::uint32_t>(m_out.count);
    for (std::uint32_t a = 0; a < n; ++a) {
      for (std::uint32_t b = a + 1; b < n; ++b) {
        const bool separated = std::any_of(condition.nodes.begin(), condition.nodes.end(),
                                           [&](const auto& node) { return separates(node, m_question, a, b); });
        if (separated && m_out.told_apart_by(a, b).empty()) {
          pairs.emplace_back(a, b);
        }
      }
    }
    if (pairs.empty()) {
      return;
    }
    std::vector<std::uint32_t> read;
    bool reads_pick = false;
    for (const auto& node : condition.nodes) {
      if (!is_comparison(node.op) || node.subject == m_question) {
        continue;
      }
      if (node.subject == model::k_subject_recommendation) {
        reads_pick = true;
      } else if (std::find(read.begin(), read.end(), node.subject) == read.end()) {
        read.push_back(node.subject);
      }
    }
    std::vector<std::vector<model::Answer>> sets;
    std::size_t combinations = reads_pick ? m_pack.frameworks.size() : 1;
    const auto bases = base_items(condition);
    const std::size_t per_combination = is_list() ? pairs.size() * bases.size() * 2 : m_out.count;
    for (const auto q : read) {
      sets.push_back(lint_candidates(m_pack.questions[q], q, condition));
      combinations *= sets.back().size();
      if (combinations * per_combination > k_max_evaluations) {
        for (const auto& [a, b] : pairs) {
          mark(a, b, name); // too many to try: the comparisons decide alone
        }
        return;
      }
    }
    model::Answers answers(m_pack.questions.size());
    std::vector<bool> fires(m_out.count);
    for (std::size_t c = 0; c < combinations && !pairs.empty(); ++c) {
      std::size_t rest = c;
      for (std::size_t s = 0; s < sets.size(); ++s) {
        answers[read[s]] = sets[s][rest % sets[s].size()];
        rest /= sets[s].size();
      }
      const auto pick = reads_pick ? static_cast<std::uint32_t>(rest) : k_no_pick;
      if (!is_list()) {
        for (std::uint32_t option = 0; option < n; ++option) {
          answers[m_question] = model::Answer{true, option, 0, 0};
          fires[option] = evaluate(condition, answers, pick) == model::Truth::yes;
        }
      }
      std::erase_if(pairs, [&](const Pair& pair) {
        const bool apart =
          is_list() ? list_tells_apart(condition, answers, pick, bases, pair) : fires[pair.first] != fires[pair.second];
        if (apart) {
          mark(pair.first, pair.second, name);
        }
        return apart;
      });
    }
  }

private:
  bool
  is_list() const
  {
    return m_pack.questions[m_question].type == model::QuestionType::list;
  }

  // List answers to put one option or the other into: every set lint tries.
  std::vector<std::uint64_t>
  base_items(const model::Condition& condition) const
  {
    std::vector<std::uint64_t> masks;
    if (is_list()) {
      for (const auto& answer : lint_candidates(m_pack.questions[m_question], m_question, condition)) {
        if (answer.answered) {
          masks.push_back(answer.items);
        }
      }
    }
    return masks;
  }

  // Whether some other items, plus option a or plus option b, fire differently.
  bool
  list_tells_apart(const model::Condition& condition, model::Answers& answers, std::uint32_t pick,
                   const std::vector<std::uint64_t>& bases, const Pair& pair) const
  {
    const std::uint64_t a = std::uint64_t{1} << pair.first;
    const std::uint64_t b = std::uint64_t{1} << pair.second;
    for (const auto base : bases) {
      const std::uint64_t others = base & ~(a | b);
      const auto count = static_cast<std::uint32_t>(__builtin_popcountll(others) + 1);
      answers[m_question] = model::Answer{true, 0, others | a, count};
      const bool with_a = evaluate(condition, answers, pick) == model::Truth::yes;
      answers[m_question] = model::Answer{true, 0, others | b, count};
      if (with_a != (evaluate(condition, answers, pick) == model::Truth::yes)) {
        return true;
      }
    }
    return false;
  }

  void
  mark(std::uint32_t a, std::uint32_t b, const std::string& name)
  {
    m_out.by[a * m_out.count + b] = name;
    m_out.by[b * m_out.count + a] = name;
  }

  const model::RulePack& m_pack;
  std::uint32_t m_question;
  OptionDistinction& m_out;
};

} // namespace

OptionDistinction
distinguish_options(const model::RulePack& pack, std::uint32_t question)
{
  OptionDistinction out;
  out.count = pack.questions[question].options.size();
  out.by.resize(out.count * out.count);
  Distinguisher distinguisher(pack, question, out);
  for (const auto& rule : pack.rules) {
    distinguisher.run(rule.when, "rule '" + rule.id + "'");
  }
  for (const auto& mistake : pack.mistakes) {
    distinguisher.run(mistake.when, "mistake '" + mistake.id + "'");
  }
  return out;
}

std::vector<std::vector<std::uint32_t>>
alike_groups(const OptionDistinction& distinction)
{
  std::vector<std::vector<std::uint32_t>> groups;
  for (std::uint32_t option = 0; option < distinction.count; ++option) {
    const auto home = std::find_if(groups.begin(), groups.end(), [&](const auto& group) {
      return std::all_of(group.begin(), group.end(),
                         [&](std::uint32_t other) { return distinction.told_apart_by(option, other).empty(); });
    });
    if (home == groups.end()) {
      groups.push_back({option});
    } else {
      home->push_back(option);
    }
  }
  std::erase_if(groups, [](const auto& group) { return group.size() < 2; });
  return groups;
}

} // namespace framewise::engine
