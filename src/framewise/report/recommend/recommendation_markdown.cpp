#include <framewise/engine/scoring.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/markdown_toolkit.hpp>
#include <framewise/report/recommend/explain_what_if_markdown.hpp>
#include <framewise/report/recommend/recommendation.hpp>
#include <framewise/report/recommend/wording.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace framewise::report {

namespace {

// Decision drivers: the answers that moved the scores most.
constexpr std::size_t k_drivers = 5;

std::string
framework_name(const RecommendationView& view, std::uint32_t framework)
{
  return markdown_escape(view.pack.frameworks[framework].name);
}

std::string
answer_of(const RecommendationView& view, std::uint32_t q)
{
  return answer_text(view.pack.questions[q], view.profile.answers[q], &view.profile.other_items[q]);
}

// "a", "a or b", "a, b or c" (with `last_word` "or").
std::string
join_list(const std::vector<std::string>& items, std::string_view last_word)
{
  if (items.size() < 2) {
    return items.empty() ? std::string() : items.front();
  }
  return fmt::format("{} {} {}", fmt::join(items.begin(), items.end() - 1, ", "), last_word, items.back());
}

std::string
moved_text(const RecommendationView& view, const std::vector<double>& moved)
{
  std::vector<std::string> parts;
  for (std::size_t f = 0; f < moved.size(); ++f) {
    if (moved[f] != 0) {
      parts.push_back(
        fmt::format("{} {}", framework_name(view, static_cast<std::uint32_t>(f)), signed_points(moved[f])));
    }
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

void
context(const RecommendationView& view, std::string& out)
{
  std::vector<std::string> names;
  for (const auto& framework : view.pack.frameworks) {
    names.push_back(markdown_escape(framework.name));
  }
  const std::string subject =
    view.profile.name.empty() ? std::string("The project") : markdown_escape(view.profile.name);
  out += "## Context and Problem Statement\n\n";
  out +=
    fmt::format("{} needs a Python web framework. Which one fits it best: {}?\n\n", subject, join_list(names, "or"));
  bool any = false;
  for (std::uint32_t q = 0; q < view.pack.questions.size(); ++q) {
    if (view.profile.answers[q].answered) {
      if (!any) {
        out += "What the project profile says:\n\n";
        any = true;
      }
      out += fmt::format("* {}: {}\n", markdown_code(view.pack.questions[q].id), markdown_code(answer_of(view, q)));
    }
  }
  out += any ? "\n" : "The project profile answers no question yet.\n\n";
}

// The answers that moved the scores most, then the rest summed, then the
// rules no answer decides: so each framework's points add up to its raw total
// (see engine::AnswerEffect for how a rule's effect is shared).
void
drivers(const RecommendationView& view, const engine::Explanation& explanation, std::string& out)
{
  const auto& sensitivity = explanation.sensitivity;
  const auto& rest = explanation.unattributed;
  const bool any_rest = std::any_of(rest.begin(), rest.end(), [](double points) { return points != 0; });
  out += "## Decision Drivers\n\n";
  if (sensitivity.empty() && !any_rest) {
    out += "* No answer moved any score: every framework scores the same, no evidence either way.\n\n";
    return;
  }
  out += "The answers that moved the scores most (raw points per framework; each fired rule's effect is split "
         "equally among the answers that decide it, so the points add up to the raw totals):\n\n";
  const std::size_t shown = std::min(sensitivity.size(), k_drivers);
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& effect = sensitivity[i];
    out += fmt::format(
      "* {}: {}\n",
      markdown_code(fmt::format("{} = {}", view.pack.questions[effect.question].id, answer_of(view, effect.question))),
      moved_text(view, effect.moved));
  }
  if (sensitivity.size() > shown) {
    // Summed in tenths, as the shares are, so the line is exact as printed.
    std::vector<double> others(view.pack.frameworks.size(), 0.0);
    for (std::size_t i = shown; i < sensitivity.size(); ++i) {
      for (std::size_t f = 0; f < others.size(); ++f) {
        others[f] += std::round(sensitivity[i].moved[f] * 10.0);
      }
    }
    for (auto& points : others) {
      points /= 10.0;
    }
    out += fmt::format("* The other {} answers together: {}\n", sensitivity.size() - shown, moved_text(view, others));
  }
  if (any_rest) {
    out += fmt::format("* Rules no answer decides (they always apply, or fire on unanswered questions): {}\n",
                       moved_text(view, rest));
  }
  out += "\n";
}

void
options(const RecommendationView& view, std::string& out)
{
  out += "## Considered Options\n\n";
  for (const auto& framework : view.pack.frameworks) {
    out += fmt::format("* {}: {}\n", markdown_escape(framework.name), markdown_escape(framework.summary));
  }
  out += "\n";
}

void
outcome(const RecommendationView& view, std::string& out)
{
  const auto& ranking = view.result.ranking;
  std::vector<std::string> others;
  for (std::size_t i = 1; i < ranking.size(); ++i) {
    others.push_back(
      fmt::format("{:.1f} for {}", engine::shown(ranking[i].score), framework_name(view, ranking[i].framework)));
  }
  out += "## Decision Outcome\n\n";
  if (view.result.decision != engine::Decision::decided) {
    std::string text = undecided_text(view);
    text[0] = 'N';
    out += fmt::format("{}. {} scores {:.1f} of 100{}, first only by the pack's order.\n\n", markdown_escape(text),
                       framework_name(view, ranking[0].framework), engine::shown(ranking[0].score),
                       others.empty() ? std::string() : fmt::format(" against {}", join_list(others, "and")));
  } else {
    out += fmt::format("Chosen option: \"{}\", because it scores {:.1f} of 100{}.\n\n",
                       framework_name(view, ranking[0].framework), engine::shown(ranking[0].score),
                       others.empty() ? std::string() : fmt::format(" against {}", join_list(others, "and")));
  }
  out += fmt::format("Confidence: **{}**: {}{}, and {}.\n\n", engine::to_string(confidence(view)),
                     ranking.size() > 1 ? fmt::format("{:.1f} points ahead of ", engine::shown(view.result.margin))
                                        : "the only option",
                     ranking.size() > 1 ? framework_name(view, ranking[1].framework) : "", confidence_detail(view));
  out += "### Consequences\n\n";
  if (view.result.findings.empty()) {
    out += "* Neutral: none of the rule pack's common mistakes applies to these answers.\n";
  }
  for (const auto& finding : view.result.findings) {
    const model::Mistake& mistake = view.pack.mistakes[finding.mistake];
    out +=
      fmt::format("* Bad: {} ({}, {}). {} Fix: {}\n", markdown_escape(mistake.title), markdown_code(mistake.id),
                  model::to_string(mistake.severity), markdown_escape(mistake.message), markdown_escape(mistake.fix));
  }
  out += "\n### Confirmation\n\n";
  out += "Re-run `framewise recommend` on the profile whenever an answer changes.";
  if (view.flips == nullptr || view.flips->empty()) {
    out += " No single answer would change this decision.\n\n";
    return;
  }
  out += " These single answers would change the decision:\n\n";
  for (const auto& flip : *view.flips) {
    out += fmt::format("* {}: {}, {}\n", markdown_code(change_text(view, flip.change)), framework_name(view, flip.pick),
                       lead_text(flip.margin));
  }
  out += "\n";
}

void
pros_and_cons(const RecommendationView& view, std::string& out)
{
  out += "## Pros and Cons of the Options\n";
  for (const auto& entry : view.result.ranking) {
    const model::Framework& framework = view.pack.frameworks[entry.framework];
    out += fmt::format("\n### {}\n\n{}\n\n", markdown_escape(framework.name), markdown_escape(framework.summary));
    out += fmt::format("Score {:.1f} (raw {}).\n\n", engine::shown(entry.score), signed_points(entry.raw));
    if (entry.reasons.empty()) {
      out += "* Neutral: no rule moves it for these answers.\n";
    }
    for (const auto& reason : entry.reasons) {
      const model::Rule& rule = view.pack.rules[reason.rule];
      out += fmt::format("* {}: {} ({}, {}; {})\n", reason.effect > 0 ? "Good" : "Bad", markdown_escape(rule.reason),
                         markdown_code(rule.id), signed_points(reason.effect), markdown_escape(rule.source));
    }
  }
  out += "\n";
}

void
more_information(const RecommendationView& view, std::string& out)
{
  out += "## More Information\n\n";
  std::vector<std::string> open;
  std::vector<std::string> flipping;
  for (const auto& entry : view.result.unanswered) {
    open.push_back(markdown_code(view.pack.questions[entry.question].id));
    if (entry.flip_answer) {
      flipping.push_back(open.back());
    }
  }
  if (open.empty()) {
    out += "Every question of the questionnaire is answered.\n\n";
  } else {
    out += fmt::format("Unanswered questions ({}): {}. An unanswered question adds nothing to any score.", open.size(),
                       fmt::join(open, ", "));
    if (flipping.empty()) {
      out += " None of them can change the decision on its own.\n\n";
    } else {
      out += fmt::format(" Answering one of these could change the decision: {}.\n\n", fmt::join(flipping, ", "));
    }
  }
  out += "Scores run from 0 to 100, where 50 means no evidence either way, and every reason names the section of "
         "the comparison it comes from. Generated by `framewise recommend --format markdown`.\n";
}

} // namespace

std::string
render_markdown(const RecommendationView& view, std::string_view date)
{
  const engine::Explanation explanation =
    view.explanation != nullptr ? *view.explanation : engine::explain(view.pack, view.profile.answers);
  const std::string pick = framework_name(view, view.result.ranking.front().framework);
  std::string out = fmt::format("---\nstatus: proposed\ndate: {}\n---\n\n", date);
  if (view.result.decision != engine::Decision::decided) {
    out += view.profile.name.empty() ? std::string("# Choose the web framework (no recommendation yet)\n\n")
                                     : fmt::format("# Choose the web framework for {} (no recommendation yet)\n\n",
                                                   markdown_escape(view.profile.name));
  } else {
    out += view.profile.name.empty() ? fmt::format("# Use {} as the web framework\n\n", pick)
                                     : fmt::format("# Use {} for {}\n\n", pick, markdown_escape(view.profile.name));
  }
  context(view, out);
  drivers(view, explanation, out);
  options(view, out);
  outcome(view, out);
  pros_and_cons(view, out);
  if (view.paths != nullptr) {
    out += what_if_markdown(view);
  }
  if (view.explanation != nullptr) {
    out += explain_markdown(view);
  }
  more_information(view, out);
  return out;
}

} // namespace framewise::report
