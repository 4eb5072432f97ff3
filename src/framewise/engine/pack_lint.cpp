#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/pack_lint.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>

namespace framewise::engine {

namespace {

// Past this many combinations of answers a condition is not judged: the
// built-in pack's largest needs a few hundred.
constexpr std::size_t k_max_combinations = 200000;

bool
is_comparison(model::Op op)
{
  return op != model::Op::all && op != model::Op::any && op != model::Op::not_;
}

// The answers worth trying for `question` in `condition`; unanswered first.
std::vector<model::Answer>
candidates(const model::Question& question, std::uint32_t index, const model::Condition& condition)
{
  std::vector<model::Answer> out{model::Answer{}};
  const auto answer = [](std::int64_t value, std::uint64_t items = 0, std::uint32_t count = 0) {
    return model::Answer{true, value, items, count};
  };
  switch (question.type) {
  case model::QuestionType::boolean:
    out.push_back(answer(0));
    out.push_back(answer(1));
    break;
  case model::QuestionType::choice:
    for (std::size_t i = 0; i < question.options.size(); ++i) {
      out.push_back(answer(static_cast<std::int64_t>(i)));
    }
    break;
  case model::QuestionType::list: {
    std::vector<std::uint64_t> masks{0};
    const std::size_t count = question.options.size();
    masks.push_back(count >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1);
    for (std::size_t i = 0; i < count; ++i) {
      masks.push_back(std::uint64_t{1} << i);
    }
    for (const auto& node : condition.nodes) {
      if (is_comparison(node.op) && node.subject == index) {
        masks.push_back(node.mask);
      }
    }
    std::sort(masks.begin(), masks.end());
    masks.erase(std::unique(masks.begin(), masks.end()), masks.end());
    for (const auto mask : masks) {
      out.push_back(answer(0, mask, static_cast<std::uint32_t>(__builtin_popcountll(mask))));
    }
    break;
  }
  case model::QuestionType::integer: {
    std::vector<std::int64_t> values{question.min, question.max};
    for (const auto& node : condition.nodes) {
      if (is_comparison(node.op) && node.subject == index) {
        for (const std::int64_t delta : {-1, 0, 1}) {
          // Thresholds are within the range (a load error otherwise), so
          // only the neighbours can step outside it.
          const std::int64_t value = node.number + delta;
          if (value >= question.min && value <= question.max) {
            values.push_back(value);
          }
        }
      }
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    for (const auto value : values) {
      out.push_back(answer(value));
    }
    break;
  }
  }
  return out;
}

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
    sets.push_back(candidates(pack.questions[q], q, condition));
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
  for (std::size_t q = 0; q < pack.questions.size(); ++q) {
    if (!questions_read[q]) {
      out.push_back({LintSeverity::warning, "question-never-read",
                     "no rule or mistake reads question '" + pack.questions[q].id + "'",
                     "its answer changes nothing; use it in a condition or delete the question",
                     pack.questions[q].pos});
    }
  }
  return out;
}

} // namespace framewise::engine
