#include <framewise/engine/condition_eval.hpp>
#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace framewise::engine {

namespace {

using model::QuestionType;

std::vector<FrameworkResult>
rank(const model::RulePack& pack, const model::Answers& answers)
{
  const std::size_t count = pack.frameworks.size();
  std::vector<FrameworkResult> ranking(count);
  for (std::uint32_t f = 0; f < count; ++f) {
    ranking[f].framework = f;
  }
  for (std::uint32_t r = 0; r < pack.rules.size(); ++r) {
    const model::Rule& rule = pack.rules[r];
    if (evaluate(rule.when, answers) != model::Truth::yes) {
      continue;
    }
    const auto questions = deciding_questions(rule.when, answers);
    for (std::uint32_t f = 0; f < count; ++f) {
      if (rule.effects[f] != 0) {
        ranking[f].raw += rule.effects[f];
        ranking[f].reasons.push_back(Reason{r, rule.effects[f], questions});
      }
    }
  }
  std::vector<double> raw(count);
  for (std::uint32_t f = 0; f < count; ++f) {
    raw[f] = ranking[f].raw;
  }
  for (auto& entry : ranking) {
    entry.score = to_score(raw, entry.framework, pack.score_scale);
    std::stable_sort(entry.reasons.begin(), entry.reasons.end(),
                     [](const Reason& a, const Reason& b) { return std::abs(a.effect) > std::abs(b.effect); });
  }
  // Same order as best_of: by raw total, ties to the framework listed first.
  std::stable_sort(ranking.begin(), ranking.end(),
                   [](const FrameworkResult& a, const FrameworkResult& b) { return a.raw > b.raw; });
  return ranking;
}

std::vector<OpenQuestion>
open_questions(const model::RulePack& pack, const model::Answers& answers, std::uint32_t pick)
{
  std::vector<OpenQuestion> open;
  model::Answers trial = answers;
  for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
    if (answers[q].answered) {
      continue;
    }
    OpenQuestion entry{q, std::nullopt, pick};
    for (const auto& candidate : candidate_answers(pack, q)) {
      trial[q] = candidate;
      const std::uint32_t new_pick = top_pick(pack, trial);
      if (new_pick != pick) {
        entry.flip_answer = candidate;
        entry.flip_pick = new_pick;
        break;
      }
    }
    trial[q] = answers[q];
    open.push_back(std::move(entry));
  }
  return open;
}

void
collect_thresholds(const model::Condition& condition, std::uint32_t question, std::vector<std::int64_t>& out)
{
  for (const auto& node : condition.nodes) {
    if (node.subject != question) {
      continue;
    }
    switch (node.op) {
    case model::Op::eq:
    case model::Op::ne:
    case model::Op::lt:
    case model::Op::lte:
    case model::Op::gt:
    case model::Op::gte:
      // Either side, except past the ends of int64_t (no overflow): the
      // values are clamped to the question's range below anyway.
      if (node.number != std::numeric_limits<std::int64_t>::min()) {
        out.push_back(node.number - 1);
      }
      out.push_back(node.number);
      if (node.number != std::numeric_limits<std::int64_t>::max()) {
        out.push_back(node.number + 1);
      }
      break;
    default:
      break;
    }
  }
}

} // namespace

Decision
decision_of(const std::vector<FrameworkResult>& ranking)
{
  const bool moved = std::any_of(ranking.begin(), ranking.end(), [](const FrameworkResult& entry) {
    return std::any_of(entry.reasons.begin(), entry.reasons.end(),
                       [](const Reason& reason) { return !reason.questions.empty(); });
  });
  if (!moved) {
    return Decision::nothing_answered;
  }
  if (ranking.size() > 1 && ranking[0].raw == ranking[1].raw) {
    return Decision::tie;
  }
  return Decision::decided;
}

std::vector<model::Answer>
candidate_answers(const model::RulePack& pack, std::uint32_t question_index)
{
  const model::Question& question = pack.questions[question_index];
  std::vector<model::Answer> candidates;
  const auto answer = [](std::int64_t value, std::uint64_t items = 0, std::uint32_t count = 0) {
    return model::Answer{true, value, items, count};
  };
  switch (question.type) {
  case QuestionType::boolean:
    candidates = {answer(0), answer(1)};
    break;
  case QuestionType::choice:
    for (std::size_t i = 0; i < question.options.size(); ++i) {
      candidates.push_back(answer(static_cast<std::int64_t>(i)));
    }
    break;
  case QuestionType::list:
    candidates.push_back(answer(0));
    for (std::size_t i = 0; i < question.options.size(); ++i) {
      candidates.push_back(answer(0, std::uint64_t{1} << i, 1));
    }
    break;
  case QuestionType::integer: {
    std::vector<std::int64_t> values;
    for (const auto& rule : pack.rules) {
      collect_thresholds(rule.when, question_index, values);
    }
    for (auto& value : values) {
      value = std::clamp(value, question.min, question.max);
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    for (const auto value : values) {
      candidates.push_back(answer(value));
    }
    break;
  }
  }
  return candidates;
}

Result
evaluate(const model::RulePack& pack, const model::Answers& answers)
{
  Result result;
  result.ranking = rank(pack, answers);
  const std::uint32_t pick = result.ranking.front().framework;
  if (result.ranking.size() > 1) {
    // Unrounded, from the raw totals, as margin_of: reports round it for display only.
    std::vector<double> raw(pack.frameworks.size());
    for (const auto& entry : result.ranking) {
      raw[entry.framework] = entry.raw;
    }
    result.margin = margin_of(raw, pack.score_scale);
  }
  result.decision = decision_of(result.ranking);
  for (std::uint32_t m = 0; m < pack.mistakes.size(); ++m) {
    const model::Condition& when = pack.mistakes[m].when;
    if (engine::evaluate(when, answers, pick) == model::Truth::yes) {
      result.findings.push_back(Finding{m, firing_questions(when, answers, pick)});
    }
  }
  result.unanswered = open_questions(pack, answers, pick);
  return result;
}

} // namespace framewise::engine
