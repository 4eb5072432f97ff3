#include <framewise/engine/alike_lint.hpp>
#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/lint_candidates.hpp>
#include <framewise/engine/pack_lint.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>

namespace framewise::engine {

namespace {

// Past this many combinations of answers a condition is not judged: the
// built-in pack's largest needs a few hundred.
constexpr std::size_t k_max_combinations = 200000;

struct Judgement
{
  bool ever_yes = false;
  bool always_yes = true;
};

// Tries every combination of candidate answers; nothing past the bound.
std::optional<Judgement>
judge(const model::RulePack& pack, const model::Condition& condition, std::vector<std::uint32_t>& read)
{
  bool reads_pick = false;
  for (const auto& node : condition.nodes) {
    if (!is_comparison(node.op)) {
      continue;
    }
    if (node.subject == model::k_subject_recommendation) {
      reads_pick = true;
    } else if (std::find(read.begin(), read.end(), node.subject) == read.end()) {
      read.push_back(node.subject);
    }
  }
  std::sort(read.begin(), read.end());
  std::vector<std::vector<model::Answer>> sets;
  std::size_t combinations = reads_pick ? pack.frameworks.size() : 1;
  for (const auto q : read) {
    sets.push_back(lint_candidates(pack.questions[q], q, condition));
    combinations *= sets.back().size();
    if (combinations > k_max_combinations) {
      return std::nullopt;
    }
  }
  model::Answers answers(pack.questions.size());
  std::vector<std::size_t> at(sets.size(), 0);
  Judgement judgement;
  for (std::size_t n = 0; n < combinations; ++n) {
    std::size_t rest = n;
    for (std::size_t s = 0; s < sets.size(); ++s) {
      answers[read[s]] = sets[s][rest % sets[s].size()];
      rest /= sets[s].size();
    }
    const auto pick = reads_pick ? static_cast<std::uint32_t>(rest) : k_no_pick;
    const bool yes = evaluate(condition, answers, pick) == model::Truth::yes;
    judgement.ever_yes = judgement.ever_yes || yes;
    judgement.always_yes = judgement.always_yes && yes;
  }
  return judgement;
}

std::string
question_list(const model::RulePack& pack, const std::vector<std::uint32_t>& read)
{
  // The engine links no formatting library: messages are put together by hand.
  if (read.empty()) {
    return "no question";
  }
  std::string list;
  for (const auto q : read) {
    list += (list.empty() ? "'" : ", '") + pack.questions[q].id + "'";
  }
  return list;
}

// The option ids a subject can take: a question's options, or the frameworks
// when a mistake reads the pick.
std::vector<std::string>
option_ids(const model::RulePack& pack, std::uint32_t subject)
{
  std::vector<std::string> ids;
  if (subject == model::k_subject_recommendation) {
    for (const auto& framework : pack.frameworks) {
      ids.push_back(framework.id);
    }
  } else {
    for (const auto& option : pack.questions[subject].options) {
      ids.push_back(option.id);
    }
  }
  return ids;
}

std::string
subject_id(const model::RulePack& pack, std::uint32_t subject)
{
  return subject == model::k_subject_recommendation ? std::string("recommendation") : pack.questions[subject].id;
}

std::string
option_at(const std::vector<std::string>& ids, std::int64_t index)
{
  return index >= 0 && static_cast<std::size_t>(index) < ids.size() ? ids[static_cast<std::size_t>(index)] : "?";
}

std::string
option_set(const std::vector<std::string>& ids, std::uint64_t mask)
{
  std::string out = "[";
  for (std::size_t i = 0; i < ids.size() && i < 64; ++i) {
    if ((mask & (std::uint64_t{1} << i)) != 0) {
      out += (out.size() > 1 ? ", " : "") + ids[i];
    }
  }
  return out + "]";
}

// The part of a condition starting at `at`, written back as pack YAML in flow
// style: `{q: users, gt: 10}`, `{not: {q: admin, eq: true}}`.
std::string
render_part(const model::RulePack& pack, const model::Condition& condition, std::size_t at)
{
  const auto& node = condition.nodes[at];
  if (node.op == model::Op::all || node.op == model::Op::any || node.op == model::Op::not_) {
    std::string children;
    for (std::size_t child = at + 1; child < at + node.subtree_size; child += condition.nodes[child].subtree_size) {
      children += (children.empty() ? "" : ", ") + render_part(pack, condition, child);
    }
    if (node.op == model::Op::not_) {
      return "{not: " + children + "}";
    }
    return std::string(node.op == model::Op::all ? "{all: [" : "{any: [") + children + "]}";
  }
  const std::string head = "{q: " + subject_id(pack, node.subject) + ", ";
  const bool is_boolean = node.subject != model::k_subject_recommendation &&
                          pack.questions[node.subject].type == model::QuestionType::boolean;
  const bool is_choice =
    node.subject == model::k_subject_recommendation || pack.questions[node.subject].type == model::QuestionType::choice;
  const auto ids = option_ids(pack, node.subject);
  const auto scalar = [&](std::string_view op) {
    std::string value = is_boolean  ? std::string(node.number != 0 ? "true" : "false")
                        : is_choice ? option_at(ids, node.number)
                                    : std::to_string(node.number);
    return head + std::string(op) + ": " + value + "}";
  };
  switch (node.op) {
  case model::Op::eq:
    return scalar("eq");
  case model::Op::ne:
    return scalar("ne");
  case model::Op::lt:
    return scalar("lt");
  case model::Op::lte:
    return scalar("lte");
  case model::Op::gt:
    return scalar("gt");
  case model::Op::gte:
    return scalar("gte");
  case model::Op::in:
    return head + "in: " + option_set(ids, node.mask) + "}";
  case model::Op::contains:
    return head + "contains: " + option_set(ids, node.mask) + "}";
  case model::Op::set_eq:
    return head + "eq: " + option_set(ids, node.mask) + "}";
  case model::Op::set_ne:
    return head + "ne: " + option_set(ids, node.mask) + "}";
  case model::Op::answered:
    return head + "answered: true}";
  case model::Op::unanswered:
    return head + "answered: false}";
  default:
    break;
  }
  return head + "?}";
}

// What a subject's answers can be, for "outside its domain" messages.
std::string
domain_of(const model::RulePack& pack, std::uint32_t subject)
{
  const auto ids = option_ids(pack, subject);
  std::string names;
  for (const auto& id : ids) {
    names += (names.empty() ? "" : ", ") + id;
  }
  if (subject == model::k_subject_recommendation) {
    return "one of the frameworks " + names;
  }
  const auto& question = pack.questions[subject];
  switch (question.type) {
  case model::QuestionType::boolean:
    return "true or false";
  case model::QuestionType::integer:
    return "whole numbers from " + std::to_string(question.min) + " to " + std::to_string(question.max);
  case model::QuestionType::choice:
    return "one of " + names;
  case model::QuestionType::list:
    return "a list of items from " + names;
  }
  return names;
}

std::string
where(const model::SourcePos& pos)
{
  return "(line " + std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ")";
}

// The parts that must all hold for `condition` to hold: the root, or the
// children of a root `all`, nested `all`s flattened. Start indexes.
void
conjuncts(const model::Condition& condition, std::size_t at, std::vector<std::size_t>& out)
{
  const auto& node = condition.nodes[at];
  if (node.op != model::Op::all) {
    out.push_back(at);
    return;
  }
  for (std::size_t child = at + 1; child < at + node.subtree_size; child += condition.nodes[child].subtree_size) {
    conjuncts(condition, child, out);
  }
}

// `all` of the given parts of `condition`, as a condition of its own.
model::Condition
all_of(const model::Condition& condition, const std::vector<std::size_t>& parts)
{
  model::Condition out;
  model::ConditionNode root;
  root.op = model::Op::all;
  out.nodes.push_back(root);
  for (const auto part : parts) {
    const auto begin = condition.nodes.begin() + static_cast<std::ptrdiff_t>(part);
    out.nodes.insert(out.nodes.end(), begin, begin + condition.nodes[part].subtree_size);
  }
  out.nodes[0].subtree_size = static_cast<std::uint32_t>(out.nodes.size());
  return out;
}

bool
never_holds(const model::RulePack& pack, const model::Condition& condition)
{
  std::vector<std::uint32_t> read;
  const auto judgement = judge(pack, condition, read);
  return judgement && !judgement->ever_yes;
}

struct Explanation
{
  std::string why;
  std::string hint;
};

// Why a condition that never holds does not: one part that cannot hold over
// its question's domain, or the first two parts that cannot both hold.
// Empty when no single part or pair is to blame (three parts or more together).
std::optional<Explanation>
explain_never(const model::RulePack& pack, const model::Condition& condition)
{
  if (condition.nodes.empty()) {
    return std::nullopt;
  }
  std::vector<std::size_t> parts;
  conjuncts(condition, 0, parts);
  for (const auto part : parts) {
    if (!never_holds(pack, all_of(condition, {part}))) {
      continue;
    }
    const auto& node = condition.nodes[part];
    std::string why = "`";
    why.append(render_part(pack, condition, part)).append("` ").append(where(node.pos));
    if (is_comparison(node.op)) {
      why.append(" compares outside the domain of '").append(subject_id(pack, node.subject)).append("', ");
      why.append(domain_of(pack, node.subject));
      return Explanation{why, "compare with a value the question can take, or delete the item"};
    }
    why.append(" is never true by itself");
    return Explanation{why, "its parts contradict each other; correct the condition or delete the item"};
  }
  for (std::size_t a = 0; a < parts.size(); ++a) {
    for (std::size_t b = a + 1; b < parts.size(); ++b) {
      if (never_holds(pack, all_of(condition, {parts[a], parts[b]}))) {
        // Appended piece by piece: g++ 12 warns falsely (-Wrestrict) on
        // "literal" + std::string&& chains.
        std::string why = "`";
        why.append(render_part(pack, condition, parts[a])).append("` ").append(where(condition.nodes[parts[a]].pos));
        why.append(" and `").append(render_part(pack, condition, parts[b])).append("` ");
        why.append(where(condition.nodes[parts[b]].pos)).append(" cannot both hold");
        return Explanation{why, "change one of the two parts so that some answer meets both, or delete the item"};
      }
    }
  }
  return std::nullopt;
}

void
check_condition(const model::RulePack& pack, const model::Condition& condition, std::string_view what,
                const model::SourcePos& pos, std::vector<bool>& questions_read, std::vector<LintProblem>& out)
{
  std::vector<std::uint32_t> read;
  const auto judgement = judge(pack, condition, read);
  for (const auto q : read) {
    questions_read[q] = true;
  }
  if (!judgement) {
    return;
  }
  if (!judgement->ever_yes) {
    if (const auto explanation = explain_never(pack, condition)) {
      out.push_back({LintSeverity::error, "never-holds",
                     "the condition of " + std::string(what) + " can never hold: " + explanation->why,
                     explanation->hint, pos});
      return;
    }
    out.push_back({LintSeverity::error, "never-holds",
                   "the condition of " + std::string(what) + " can never hold: no answer to " +
                     question_list(pack, read) + " makes it true",
                   "its parts contradict each other, or compare with values the questions never take; "
                   "correct the condition or delete the item",
                   pos});
  } else if (judgement->always_yes) {
    out.push_back(
      {LintSeverity::warning, "always-holds",
       "the condition of " + std::string(what) + " always holds, whatever the answers to " + question_list(pack, read),
       "a condition that always holds tells no project apart; make it depend on an answer", pos});
  }
}

} // namespace

std::vector<LintProblem>
lint_pack(const model::RulePack& pack)
{
  std::vector<LintProblem> out;
  std::vector<bool> questions_read(pack.questions.size(), false);
  for (const auto& rule : pack.rules) {
    check_condition(pack, rule.when, "rule '" + rule.id + "'", rule.pos, questions_read, out);
  }
  for (const auto& mistake : pack.mistakes) {
    check_condition(pack, mistake.when, "mistake '" + mistake.id + "'", mistake.pos, questions_read, out);
  }
  for (std::size_t f = 0; f < pack.frameworks.size(); ++f) {
    const bool raised = std::any_of(pack.rules.begin(), pack.rules.end(), [&](const model::Rule& rule) {
      return f < rule.effects.size() && rule.effects[f] > 0;
    });
    if (!raised) {
      out.push_back({LintSeverity::warning, "framework-never-raised",
                     "no rule can raise framework '" + pack.frameworks[f].id + "'",
                     "it can be recommended only when every other framework falls below it; add a rule with a "
                     "positive effect for it",
                     pack.frameworks[f].pos});
    }
  }
  for (const auto& change : pack.layer_changes) {
    if (change.kind == "override" && change.identical) {
      out.push_back({LintSeverity::warning, "override-identical",
                     "this override of '" + change.id + "' in '" + change.section +
                       "' has the same content as the item it replaces, at " + change.below.file + ":" +
                       std::to_string(change.below.line) + ":" + std::to_string(change.below.column),
                     "an identical override changes nothing and hides later changes below it; delete it", change.pos});
    }
  }
  for (std::size_t q = 0; q < pack.questions.size(); ++q) {
    if (!questions_read[q]) {
      out.push_back({LintSeverity::warning, "question-never-read",
                     "no rule or mistake reads question '" + pack.questions[q].id + "'",
                     "its answer changes nothing; use it in a condition or delete the question",
                     pack.questions[q].pos});
    }
  }
  lint_alike_options(pack, questions_read, out);
  return out;
}

} // namespace framewise::engine
