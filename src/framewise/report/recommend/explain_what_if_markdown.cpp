#include <framewise/engine/scoring.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/markdown_toolkit.hpp>
#include <framewise/report/recommend/explain_what_if_markdown.hpp>
#include <framewise/report/recommend/wording.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <string_view>

namespace framewise::report {

std::string
what_if_markdown(const RecommendationView& view)
{
  std::string out = "## What Would Change the Decision\n\n";
  if (view.flips != nullptr && !view.flips->empty()) {
    out += "One answer away, smallest change first:\n\n";
    out += "| # | Change | New pick | Its lead |\n|---|---|---|---|\n";
    for (std::size_t i = 0; i < view.flips->size(); ++i) {
      const auto& flip = (*view.flips)[i];
      out += fmt::format("| {} | {} | {} | {} |\n", i + 1, markdown_code(change_text(view, flip.change)),
                         markdown_escape(view.pack.frameworks[flip.pick].name), lead_text(flip.margin));
    }
    out += "\n";
  } else {
    out += "No single answer changes the decision.\n\n";
  }
  out += "Fewest changes that make each other option first:\n\n";
  for (const auto& path : *view.paths) {
    const std::string name = markdown_escape(view.pack.frameworks[path.framework].name);
    if (!path.found) {
      out += fmt::format("* {}: no set of up to {} changes does.\n", name, engine::k_max_path_changes);
      continue;
    }
    std::vector<std::string> changes;
    for (const auto& change : path.changes) {
      changes.push_back(markdown_code(change_text(view, change)));
    }
    out += fmt::format("* {}: {} (then {}).\n", name, fmt::join(changes, " and "), lead_text(path.margin));
  }
  out += "\n";
  return out;
}

std::string
explain_markdown(const RecommendationView& view)
{
  std::string out = "## Explanation\n\n";
  out += fmt::format("Each framework's raw total is the sum of the effects of the rules that fired. Scores are "
                     "shares of 100: {}.\n\n",
                     score_meaning(view.pack.score_scale));
  out += "| Framework | Raw | Score |\n|---|---|---|\n";
  for (const auto& entry : view.result.ranking) {
    out += fmt::format("| {} | {} | {:.1f} |\n", markdown_escape(view.pack.frameworks[entry.framework].name),
                       signed_points(entry.raw), engine::shown(entry.score));
  }
  for (const auto& entry : view.result.ranking) {
    out += fmt::format("\n### Rules for {}\n\n", markdown_escape(view.pack.frameworks[entry.framework].name));
    out += "| Rule | State | Effect | Decided by | Source |\n|---|---|---|---|---|\n";
    for (const auto& verdict : view.explanation->rules) {
      const model::Rule& rule = view.pack.rules[verdict.rule];
      const double effect = rule.effects[entry.framework];
      if (effect == 0) {
        continue;
      }
      std::vector<std::string> answers;
      for (const auto& comparison : verdict.deciding) {
        answers.push_back(markdown_code(comparison_text(view, verdict.rule, comparison)));
      }
      out += fmt::format("| {} | {} | {} | {} | {} |\n", markdown_code(rule.id), to_string(verdict.state),
                         signed_points(effect),
                         answers.empty() ? std::string("always applies") : fmt::format("{}", fmt::join(answers, ", ")),
                         markdown_escape(rule.source));
    }
  }
  out += "\n### Sensitivity\n\nHow far each answer moved each framework (raw points), largest first.\n\n";
  std::string header = "| Answer |";
  std::string rule = "|---|";
  for (const auto& framework : view.pack.frameworks) {
    header += fmt::format(" {} |", markdown_escape(framework.name));
    rule += "---|";
  }
  out += header + "\n" + rule + "\n";
  for (const auto& effect : view.explanation->sensitivity) {
    const auto q = effect.question;
    std::string line =
      fmt::format("| {} |", markdown_code(fmt::format("{} = {}", view.pack.questions[q].id,
                                                      answer_text(view.pack.questions[q], view.profile.answers[q],
                                                                  &view.profile.other_items[q]))));
    for (const double moved : effect.moved) {
      line += fmt::format(" {} |", signed_points(moved));
    }
    out += line + "\n";
  }
  out += "\n";
  return out;
}

} // namespace framewise::report
