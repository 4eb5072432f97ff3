#include <framewise/engine/scoring.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/recommend/wording.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <bit>
#include <cmath>

namespace framewise::report {

namespace {

const std::vector<std::string>*
kept_items(const RecommendationView& view, const engine::AnswerChange& change)
{
  const auto known = static_cast<std::uint32_t>(std::popcount(change.answer.items));
  return change.answer.item_count > known ? &view.profile.other_items[change.question] : nullptr;
}

std::string
options_of_mask(const model::Question& question, std::uint64_t mask)
{
  std::vector<std::string> names;
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    if ((mask >> i) & 1U) {
      names.push_back(question.options[i].id);
    }
  }
  return fmt::format("[{}]", fmt::join(names, ", "));
}

std::string
value_text(const model::Question& question, std::int64_t number)
{
  switch (question.type) {
  case model::QuestionType::boolean:
    return number != 0 ? "true" : "false";
  case model::QuestionType::choice: {
    const auto index = static_cast<std::size_t>(number);
    return index < question.options.size() ? question.options[index].id : std::to_string(number);
  }
  default:
    return std::to_string(number);
  }
}

} // namespace

engine::Confidence
confidence(const RecommendationView& view)
{
  return engine::confidence_of(view.result.margin, view.flips != nullptr ? view.flips->size() : 0);
}

std::string
confidence_detail(const RecommendationView& view)
{
  const std::size_t flips = view.flips != nullptr ? view.flips->size() : 0;
  if (flips == 0) {
    return "no single answer changes the pick";
  }
  return fmt::format("{} single-answer change{} would change the pick", flips, flips == 1 ? "" : "s");
}

std::string
lead_text(double margin)
{
  return margin == 0 ? std::string("tied, first by pack order") : fmt::format("ahead by {:.1f}", engine::shown(margin));
}

std::string
score_meaning(double scale)
{
  return fmt::format("each score is 100 * e^(raw / {0:g}) divided by the sum of e^(raw / {0:g}) over all "
                     "frameworks (so the scores add up to 100), and the lead is the pick's score minus the "
                     "runner-up's, from unrounded scores",
                     scale);
}

std::string
undecided_text(const RecommendationView& view)
{
  const auto& ranking = view.result.ranking;
  switch (view.result.decision) {
  case engine::Decision::decided:
    break;
  case engine::Decision::nothing_answered:
    return "no recommendation yet: nothing answered moves the scores";
  case engine::Decision::tie: {
    std::vector<std::string> names;
    for (const auto& entry : ranking) {
      if (entry.raw == ranking.front().raw) {
        names.push_back(view.pack.frameworks[entry.framework].name);
      }
    }
    const std::string list =
      names.size() == 2 ? fmt::format("{} and {}", names[0], names[1]) : fmt::format("{}", fmt::join(names, ", "));
    return fmt::format("no recommendation yet: {} tie at raw {}", list, signed_points(ranking.front().raw));
  }
  }
  return {};
}

nlohmann::ordered_json
change_json(const RecommendationView& view, const engine::AnswerChange& change)
{
  return answer_json(view.pack.questions[change.question], change.answer, kept_items(view, change));
}

std::string
change_answer_text(const RecommendationView& view, const engine::AnswerChange& change)
{
  return escape_controls(answer_text(view.pack.questions[change.question], change.answer, kept_items(view, change)));
}

std::string
change_text(const RecommendationView& view, const engine::AnswerChange& change)
{
  const model::Question& question = view.pack.questions[change.question];
  const auto q = change.question;
  return fmt::format("{} {} -> {}", question.id,
                     escape_controls(answer_text(question, view.profile.answers[q], &view.profile.other_items[q])),
                     change_answer_text(view, change));
}

std::string
test_text(const model::RulePack& pack, const model::ConditionNode& node)
{
  const model::Question& question = pack.questions[node.subject];
  switch (node.op) {
  case model::Op::eq:
    return "= " + value_text(question, node.number);
  case model::Op::ne:
    return "!= " + value_text(question, node.number);
  case model::Op::lt:
    return fmt::format("< {}", node.number);
  case model::Op::lte:
    return fmt::format("<= {}", node.number);
  case model::Op::gt:
    return fmt::format("> {}", node.number);
  case model::Op::gte:
    return fmt::format(">= {}", node.number);
  case model::Op::in:
    return "in " + options_of_mask(question, node.mask);
  case model::Op::contains:
    return "contains " + options_of_mask(question, node.mask);
  case model::Op::set_eq:
    return "= " + options_of_mask(question, node.mask);
  case model::Op::set_ne:
    return "!= " + options_of_mask(question, node.mask);
  case model::Op::answered:
    return "answered";
  case model::Op::unanswered:
    return "unanswered";
  default:
    break;
  }
  return "?";
}

std::string
comparison_text(const RecommendationView& view, std::uint32_t rule, const engine::DecidingComparison& comparison)
{
  const model::ConditionNode& node = view.pack.rules[rule].when.nodes[comparison.node];
  const model::Question& question = view.pack.questions[node.subject];
  const model::Answer& answer = view.profile.answers[node.subject];
  const std::string test = test_text(view.pack, node);
  if (!answer.answered) {
    const bool tests_presence = node.op == model::Op::answered || node.op == model::Op::unanswered;
    return tests_presence ? fmt::format("{} unanswered", question.id)
                          : fmt::format("{} unanswered ({})", question.id, test);
  }
  const std::string value = escape_controls(answer_text(question, answer, &view.profile.other_items[node.subject]));
  if (comparison.truth == model::Truth::yes) {
    // "project_kind=api" says it all; "= api" after it would repeat it.
    if (node.op == model::Op::eq || node.op == model::Op::set_eq) {
      return fmt::format("{}={}", question.id, value);
    }
    return fmt::format("{}={} ({})", question.id, value, test);
  }
  return fmt::format("{}={} (not {})", question.id, value, test);
}

const char*
to_string(engine::RuleState state)
{
  switch (state) {
  case engine::RuleState::fired:
    return "fired";
  case engine::RuleState::not_fired:
    return "not fired";
  case engine::RuleState::open:
    break;
  }
  return "open";
}

std::string
signed_points(double points)
{
  if (points == 0) {
    return "0";
  }
  if (points == std::round(points)) {
    return fmt::format("{:+.0f}", points);
  }
  return fmt::format("{:+.1f}", points);
}

} // namespace framewise::report
