#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/scoring.hpp>
#include <framewise/engine/settled.hpp>

#include <algorithm>

namespace framewise::engine {

namespace {

// Kleene evaluation is monotone (a definite result stays definite however the
// missing answers are filled in) except for answered/unanswered tests, which
// are definite now but flip once the question is answered. A rule with such a
// test on a pending question is therefore treated as open.
bool
reads_pending(const model::Condition& condition, const std::vector<bool>& pending)
{
  return std::any_of(condition.nodes.begin(), condition.nodes.end(), [&](const model::ConditionNode& node) {
    return node.op != model::Op::all && node.op != model::Op::any && node.op != model::Op::not_ &&
           node.subject < pending.size() && pending[node.subject];
  });
}

bool
tests_presence_of_pending(const model::Condition& condition, const std::vector<bool>& pending)
{
  return std::any_of(condition.nodes.begin(), condition.nodes.end(), [&](const model::ConditionNode& node) {
    return (node.op == model::Op::answered || node.op == model::Op::unanswered) && node.subject < pending.size() &&
           pending[node.subject];
  });
}

} // namespace

bool
pick_is_settled(const model::RulePack& pack, const model::Answers& answers, const std::vector<bool>& pending)
{
  const std::size_t count = pack.frameworks.size();
  std::vector<double> fixed(count, 0.0);
  std::vector<double> can_gain(count, 0.0);
  std::vector<double> can_lose(count, 0.0);
  for (const auto& rule : pack.rules) {
    const model::Truth truth = evaluate(rule.when, answers);
    // Unknown only because of questions that will stay unanswered is final: the
    // rule will not fire. Open means a question still to be asked can change it.
    const bool open = reads_pending(rule.when, pending) &&
                      (truth == model::Truth::unknown || tests_presence_of_pending(rule.when, pending));
    for (std::size_t f = 0; f < count; ++f) {
      if (open) {
        (rule.effects[f] > 0 ? can_gain : can_lose)[f] += rule.effects[f];
      } else if (truth == model::Truth::yes) {
        fixed[f] += rule.effects[f];
      }
    }
  }
  const std::uint32_t leader = top_pick(pack, answers);
  const double leader_worst = fixed[leader] + can_lose[leader];
  for (std::uint32_t f = 0; f < count; ++f) {
    if (f == leader) {
      continue;
    }
    const double challenger_best = fixed[f] + can_gain[f];
    // On a tie the framework listed first wins, as in best_of.
    const bool leader_keeps_tie = leader < f;
    if (challenger_best > leader_worst || (challenger_best == leader_worst && !leader_keeps_tie)) {
      return false;
    }
  }
  return true;
}

std::vector<std::uint32_t>
rules_reading(const model::RulePack& pack, std::uint32_t question)
{
  std::vector<std::uint32_t> rules;
  for (std::uint32_t r = 0; r < pack.rules.size(); ++r) {
    const auto& nodes = pack.rules[r].when.nodes;
    if (std::any_of(nodes.begin(), nodes.end(), [&](const model::ConditionNode& node) {
          return node.op != model::Op::all && node.op != model::Op::any && node.op != model::Op::not_ &&
                 node.subject == question;
        })) {
      rules.push_back(r);
    }
  }
  return rules;
}

} // namespace framewise::engine
