#include <framewise/engine/scoring.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/recommend/explain_text.hpp>
#include <framewise/report/recommend/wording.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace framewise::report {

namespace {

constexpr std::size_t k_state_columns = 10; // "not fired" and a space
constexpr std::size_t k_effect_columns = 5;

int
state_order(engine::RuleState state)
{
  switch (state) {
  case engine::RuleState::fired:
    return 0;
  case engine::RuleState::not_fired:
    return 1;
  case engine::RuleState::open:
    break;
  }
  return 2;
}

std::string
scores_block(const RecommendationView& view, std::size_t width)
{
  std::string out;
  append_paragraph(out, fmt::format("Scores are shares of 100: {}.", score_meaning(view.pack.score_scale)), 2, width);
  for (const auto& entry : view.result.ranking) {
    out += fmt::format("    {} raw {:>4} -> {:5.1f}\n", pad_right(view.pack.frameworks[entry.framework].name, 10),
                       signed_points(entry.raw), engine::shown(entry.score));
  }
  if (view.result.ranking.size() > 1) {
    out += fmt::format("    lead {:.1f}\n", engine::shown(view.result.margin));
  }
  return out;
}

void
rules_of_framework(const RecommendationView& view, const TextStyle& style, std::size_t width, std::uint32_t framework,
                   std::string& out)
{
  std::vector<const engine::RuleVerdict*> verdicts;
  for (const auto& verdict : view.explanation->rules) {
    if (view.pack.rules[verdict.rule].effects[framework] != 0) {
      verdicts.push_back(&verdict);
    }
  }
  std::stable_sort(verdicts.begin(), verdicts.end(), [&](const auto* a, const auto* b) {
    if (state_order(a->state) != state_order(b->state)) {
      return state_order(a->state) < state_order(b->state);
    }
    return std::abs(view.pack.rules[a->rule].effects[framework]) >
           std::abs(view.pack.rules[b->rule].effects[framework]);
  });
  const std::size_t indent = 4 + k_state_columns + k_effect_columns + 2;
  for (const auto* verdict : verdicts) {
    const model::Rule& rule = view.pack.rules[verdict->rule];
    const double effect = rule.effects[framework];
    const std::string state = pad_right(to_string(verdict->state), k_state_columns);
    const std::string points = fmt::format("{:>{}}", signed_points(effect), k_effect_columns);
    const bool fired = verdict->state == engine::RuleState::fired;
    out += fmt::format("    {}{}  {}\n", paint(state, fired ? "1" : "2", style.color),
                       fired ? paint(points, effect > 0 ? "32" : "31", style.color) : points, rule.id);
    std::vector<std::string> answers;
    for (const auto& comparison : verdict->deciding) {
      answers.push_back(comparison_text(view, verdict->rule, comparison));
    }
    const std::string why = answers.empty() ? "always applies" : fmt::format("{}", fmt::join(answers, ", "));
    append_paragraph(out, fmt::format("{} [{}]", why, rule.source), indent, width);
  }
}

std::string
sensitivity_block(const RecommendationView& view, std::size_t width)
{
  const auto& effects = view.explanation->sensitivity;
  const auto& rest = view.explanation->unattributed;
  const bool any_rest = std::any_of(rest.begin(), rest.end(), [](double points) { return points != 0; });
  if (effects.empty() && !any_rest) {
    return "  No answer moved any score.\n";
  }
  constexpr std::size_t k_column = 9;
  const std::size_t frameworks = view.pack.frameworks.size();
  const std::size_t label_columns = width > 4 + k_column * frameworks + 16 ? width - 4 - k_column * frameworks : 16;
  std::string out;
  append_paragraph(out,
                   "How far each answer moved each framework (raw points), largest first: each fired rule's effect "
                   "is split equally among the answers that decide it (to a tenth, leftover tenths to the first "
                   "questions), so each column adds up to the raw total.",
                   2, width);
  std::string header = fmt::format("    {}", pad_right("answer", label_columns));
  for (const auto& framework : view.pack.frameworks) {
    header += fmt::format("{:>{}}", framework.name, k_column);
  }
  out += header + "\n";
  for (const auto& effect : effects) {
    const model::Question& question = view.pack.questions[effect.question];
    std::string label = fmt::format("{}={}", question.id,
                                    escape_controls(answer_text(question, view.profile.answers[effect.question],
                                                                &view.profile.other_items[effect.question])));
    std::string line = fmt::format("    {}", pad_right(truncate(label, label_columns - 1), label_columns));
    for (const double moved : effect.moved) {
      line += fmt::format("{:>{}}", moved == 0 ? std::string("0") : signed_points(moved), k_column);
    }
    out += line + "\n";
  }
  const auto row = [&](std::string_view label, const auto& points_of) {
    std::string line = fmt::format("    {}", pad_right(truncate(std::string(label), label_columns - 1), label_columns));
    for (std::uint32_t f = 0; f < frameworks; ++f) {
      const double points = points_of(f);
      line += fmt::format("{:>{}}", points == 0 ? std::string("0") : signed_points(points), k_column);
    }
    out += line + "\n";
  };
  if (any_rest) {
    row("(no answer decides)", [&](std::uint32_t f) { return rest[f]; });
  }
  row("= raw total", [&](std::uint32_t f) {
    for (const auto& entry : view.result.ranking) {
      if (entry.framework == f) {
        return entry.raw;
      }
    }
    return 0.0;
  });
  return out;
}

} // namespace

std::string
explain_text(const RecommendationView& view, const TextStyle& style, std::size_t width)
{
  std::string out = fmt::format("\n{}\n", paint("Explain: how the scores came about", "1", style.color));
  out += scores_block(view, width);
  for (const auto& entry : view.result.ranking) {
    out += fmt::format("\n  {} (raw {} -> {:.1f}): every rule that moves it\n",
                       paint(view.pack.frameworks[entry.framework].name, "1", style.color), signed_points(entry.raw),
                       engine::shown(entry.score));
    rules_of_framework(view, style, width, entry.framework, out);
  }
  out += '\n';
  out += sensitivity_block(view, width);
  return out;
}

} // namespace framewise::report
