#include <framewise/engine/scoring.hpp>
#include <framewise/report/check/check.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::report {

namespace {

std::string
plural(std::size_t count, std::string_view one, std::string_view many)
{
  return fmt::format("{} {}", count, count == 1 ? one : many);
}

class CheckTextWriter
{
public:
  CheckTextWriter(const CheckRun& run, const TextStyle& style)
      : m_run(run)
      , m_style(style)
      , m_width(report_width(style))
      , m_rules(check_rules(run))
  {}

  std::string
  write()
  {
    for (const auto& profile : m_run.profiles) {
      write_profile(profile);
    }
    verdict();
    return std::move(m_out);
  }

private:
  std::string
  paint(std::string_view text, std::string_view sgr) const
  {
    return report::paint(text, sgr, m_style.color);
  }

  void
  paragraph(std::string_view text, std::size_t indent)
  {
    append_paragraph(m_out, text, indent, m_width);
  }

  void
  write_profile(const CheckedProfile& profile)
  {
    const auto& ranking = profile.result.ranking;
    const std::string path = escape_controls(profile.path);
    std::string pick = fmt::format("{}: {}", path, paint(m_run.pack.frameworks[ranking.front().framework].name, "1"));
    if (ranking.size() > 1) {
      const std::string& second = m_run.pack.frameworks[ranking[1].framework].name;
      pick += ranking.front().raw != ranking[1].raw
                ? fmt::format(" (score {:.1f}, {:.1f} ahead of {})", engine::shown(ranking.front().score),
                              engine::shown(profile.result.margin), second)
                : fmt::format(" (tied with {} at {:.1f}; pack order breaks the tie)", second,
                              engine::shown(ranking.front().score));
    }
    m_out += pick + "\n";
    for (const auto& finding : check_findings(m_run, m_rules, profile)) {
      const CheckRule& rule = m_rules[finding.rule];
      const model::SourcePos& at = finding.locations.front().pos;
      const bool error = finding.severity == model::Severity::error;
      m_out += fmt::format("{}:{}:{}: {} {}{}\n", escape_controls(at.file), at.line, at.column,
                           paint(model::to_string(finding.severity), error ? "1;31" : "33"), rule.id,
                           finding.waiver != nullptr ? " (waived)" : "");
      paragraph(rule.title + ".", 4);
      if (finding.waiver != nullptr) {
        // The team's own words, first: why this finding does not fail the gate.
        paragraph(finding.waiver->until ? fmt::format("waived until {}: {}", model::to_string(*finding.waiver->until),
                                                      escape_controls(finding.waiver->reason))
                                        : fmt::format("waived: {}", escape_controls(finding.waiver->reason)),
                  4);
      }
      paragraph(finding.message, 4);
      paragraph("fix: " + finding.fix, 4);
      std::vector<std::string> notes;
      for (std::string note : {rule.source, answers_summary(m_run, profile, finding)}) {
        if (!note.empty()) {
          notes.push_back(std::move(note));
        }
      }
      if (!notes.empty()) {
        paragraph(fmt::format("[{}]", fmt::join(notes, "; ")), 4);
      }
    }
  }

  void
  verdict()
  {
    const CheckTotals totals = check_totals(m_run);
    const bool failed = totals.failed_profiles > 0;
    // Kept short to fit 80 columns; the lines above say which profile failed.
    m_out += fmt::format("\n{}: {}, {}, {} info{} in {} (--fail-on {})\n",
                         failed ? paint("check failed", "1;31") : paint("check passed", "1;32"),
                         plural(totals.errors, "error", "errors"), plural(totals.warnings, "warning", "warnings"),
                         totals.infos, totals.waived > 0 ? fmt::format(", {} waived", totals.waived) : "",
                         plural(m_run.profiles.size(), "profile", "profiles"), model::to_string(m_run.options.fail_on));
  }

  const CheckRun& m_run;
  const TextStyle& m_style;
  std::size_t m_width;
  std::vector<CheckRule> m_rules;
  std::string m_out;
};

} // namespace

std::string
render_check_text(const CheckRun& run, const TextStyle& style)
{
  return CheckTextWriter(run, style).write();
}

} // namespace framewise::report
