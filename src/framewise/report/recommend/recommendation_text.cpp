#include <framewise/engine/scoring.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/recommend/explain_text.hpp>
#include <framewise/report/recommend/recommendation.hpp>
#include <framewise/report/recommend/score_bars.hpp>
#include <framewise/report/recommend/what_if_text.hpp>
#include <framewise/report/recommend/wording.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace framewise::report {

namespace {

// How many reasons the summary shows per framework; --explain shows them all.
constexpr std::size_t k_reasons_for = 3;
constexpr std::size_t k_reasons_against = 2;

class TextWriter
{
public:
  TextWriter(const RecommendationView& view, const TextStyle& style)
      : m_view(view)
      , m_style(style)
      , m_width(report_width(style))
  {}

  std::string
  run()
  {
    headline();
    m_out += '\n';
    m_out += score_bars(m_view, m_style, m_width);
    ranking();
    warnings();
    unanswered();
    if (m_view.paths != nullptr && m_view.flips != nullptr) {
      m_out += what_if_text(m_view, m_style, m_width);
    }
    if (m_view.explanation != nullptr) {
      m_out += explain_text(m_view, m_style, m_width);
    }
    return std::move(m_out);
  }

private:
  std::string
  paint(std::string_view text, std::string_view sgr) const
  {
    return report::paint(text, sgr, m_style.color);
  }

  // Writes `text` wrapped to the width, every line indented by `indent` spaces.
  // Callers escape rule-pack and profile text first (escape_controls): the
  // paragraph itself may hold framewise's own colour codes.
  void
  paragraph(std::string_view text, std::size_t indent)
  {
    append_paragraph(m_out, text, indent, m_width);
  }

  std::string
  framework_name(std::uint32_t framework) const
  {
    return escape_controls(m_view.pack.frameworks[framework].name);
  }

  void
  headline()
  {
    const auto& ranking = m_view.result.ranking;
    const auto& best = ranking.front();
    std::string line = fmt::format("Recommendation: {}", paint(framework_name(best.framework), "1"));
    if (m_view.result.decision != engine::Decision::decided) {
      // No pick to name: the first place is only the pack's order.
      std::string text = undecided_text(m_view);
      text[0] = 'N';
      line = paint(text, "1");
      if (ranking.size() > 1) {
        line += fmt::format(" ({} is first only by pack order)", framework_name(best.framework));
      }
    } else if (ranking.size() > 1) {
      line += fmt::format("  (score {:.1f}, {:.1f} ahead of {})", engine::shown(best.score),
                          engine::shown(m_view.result.margin), framework_name(ranking[1].framework));
    }
    m_out += line + "\n";
    paragraph(fmt::format(
                "Confidence: {}, {}{}", paint(engine::to_string(confidence(m_view)), "1"), confidence_detail(m_view),
                m_view.flips != nullptr && !m_view.flips->empty() && m_view.paths == nullptr ? " (see --what-if)" : ""),
              0);
    if (!m_view.profile.name.empty()) {
      m_out += fmt::format("Profile: {}\n", escape_controls(m_view.profile.name));
    }
  }

  std::string
  answers_text(const std::vector<std::uint32_t>& questions) const
  {
    std::vector<std::string> parts;
    for (const auto q : questions) {
      const model::Question& question = m_view.pack.questions[q];
      parts.push_back(
        fmt::format("{}={}", question.id,
                    escape_controls(answer_text(question, m_view.profile.answers[q], &m_view.profile.other_items[q]))));
    }
    return fmt::format("{}", fmt::join(parts, ", "));
  }

  void
  reason(const engine::Reason& entry)
  {
    const model::Rule& rule = m_view.pack.rules[entry.rule];
    // Pad before painting: escape codes would count towards the field width.
    const std::string effect = fmt::format("{:>4}", fmt::format("{:+.0f}", entry.effect));
    const bool first_time = m_explained.insert(entry.rule).second;
    m_out += fmt::format("    {}  {}{}\n", paint(effect, entry.effect > 0 ? "32" : "31"), rule.id,
                         first_time ? "" : " (see above)");
    if (first_time) { // a rule that moves several frameworks is explained once
      paragraph(escape_controls(rule.reason), 10);
      paragraph(fmt::format("[{}; {}]", escape_controls(rule.source), answers_text(entry.questions)), 10);
    }
  }

  void
  ranking()
  {
    m_out += "\n";
    for (const auto& entry : m_view.result.ranking) {
      m_out += fmt::format("  {:<10}{:>5.1f}\n", framework_name(entry.framework), engine::shown(entry.score));
      std::size_t shown_for = 0;
      std::size_t shown_against = 0;
      double hidden_sum = 0;
      std::size_t hidden = 0;
      for (const auto& item : entry.reasons) {
        if (item.effect > 0 && shown_for < k_reasons_for) {
          ++shown_for;
          reason(item);
        } else if (item.effect < 0 && shown_against < k_reasons_against) {
          ++shown_against;
          reason(item);
        } else {
          ++hidden;
          hidden_sum += item.effect;
        }
      }
      if (entry.reasons.empty()) {
        m_out += "          no rule applies to the answers given\n";
      } else if (hidden > 0) {
        m_out += fmt::format("          and {} weaker reason{} ({:+.0f} in all)\n", hidden, hidden == 1 ? "" : "s",
                             hidden_sum);
      }
    }
  }

  void
  warnings()
  {
    const auto& findings = m_view.result.findings;
    if (findings.empty()) {
      return;
    }
    m_out += fmt::format("\nCommon mistakes that apply ({})\n", findings.size());
    for (const auto& finding : findings) {
      const model::Mistake& mistake = m_view.pack.mistakes[finding.mistake];
      const bool error = mistake.severity == model::Severity::error;
      const std::string severity = model::to_string(mistake.severity);
      m_out += fmt::format("  {} {}\n", paint(severity, error ? "1;31" : "33"), mistake.id);
      paragraph(escape_controls(mistake.title) + ".", 4);
      paragraph(escape_controls(mistake.message), 4);
      paragraph("fix: " + escape_controls(mistake.fix), 4);
      paragraph(fmt::format("[{}; {}]", escape_controls(mistake.source), answers_text(finding.questions)), 4);
    }
  }

  void
  unanswered()
  {
    const auto& open = m_view.result.unanswered;
    if (open.empty()) {
      return;
    }
    std::vector<std::string> flips;
    std::vector<std::string> quiet;
    for (const auto& entry : open) {
      const model::Question& question = m_view.pack.questions[entry.question];
      if (entry.flip_answer) {
        flips.push_back(fmt::format("{}={} would make it {}", question.id, answer_text(question, *entry.flip_answer),
                                    framework_name(entry.flip_pick)));
      } else {
        quiet.push_back(question.id);
      }
    }
    m_out += fmt::format("\nUnanswered questions ({})\n", open.size());
    if (flips.empty()) {
      paragraph(fmt::format("None of them can change the recommendation on its own: {}.", fmt::join(quiet, ", ")), 2);
    } else {
      m_out += "  Could change the recommendation:\n";
      for (const auto& flip : flips) {
        paragraph(flip, 4);
      }
    }
    if (!quiet.empty() && !flips.empty()) {
      paragraph(fmt::format("Cannot change it on their own: {}", fmt::join(quiet, ", ")), 2);
    }
  }

  const RecommendationView& m_view;
  const TextStyle& m_style;
  std::size_t m_width;
  std::string m_out;
  std::set<std::uint32_t> m_explained; // rules whose text was already shown
};

} // namespace

std::string
render_text(const RecommendationView& view, const TextStyle& style)
{
  return TextWriter(view, style).run();
}

} // namespace framewise::report
