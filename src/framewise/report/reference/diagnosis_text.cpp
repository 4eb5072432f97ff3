#include <framewise/report/reference/diagnosis_entry.hpp>
#include <framewise/report/reference/diagnosis_report.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <cmath>

namespace framewise::report {

namespace {

using namespace diagnosis;

class TextWriter
{
public:
  TextWriter(const DiagnosisView& view, const TextStyle& style)
      : m_view(view)
      , m_style(style)
      , m_width(prose_width(style))
  {}

  std::string
  run()
  {
    const auto& matches = m_view.diagnosis.matches;
    m_out += indented(fmt::format("Symptom: {}", m_view.symptom), 0, m_width);
    if (matches.empty()) {
      m_out += indented(no_match_line(m_view.symptom), 0, m_width);
      m_out += "\nThe closest entries:\n";
      for (const auto& match : m_view.diagnosis.closest) {
        const Entry entry = entry_of(m_view.pack, match.entry);
        m_out += bulleted(fmt::format("{} ({}): {}", entry.id, kind_of(entry), entry.symptom), 2, m_width);
      }
      m_out += "\n";
      m_out += indented(k_no_match_hint, 0, m_width);
      return std::move(m_out);
    }
    m_out += matches.size() == 1 ? "1 match.\n" : fmt::format("{} matches, best first.\n", matches.size());
    for (std::size_t i = 0; i < matches.size(); ++i) {
      match(i + 1, matches[i]);
    }
    return std::move(m_out);
  }

private:
  void
  match(std::size_t rank, const engine::SymptomMatch& found)
  {
    const Entry entry = entry_of(m_view.pack, found.entry);
    // Wrapped as plain text, then the id painted: colour codes have no width.
    const std::string heading = fmt::format("{}. {}  ({})", rank, entry.id, kind_of(entry));
    std::string lines = indented(heading, 0, m_width);
    if (m_style.color == Color::on) {
      const std::string kind = kind_of(entry);
      if (const std::size_t at = lines.find(kind); entry.severity && at != std::string::npos) {
        lines.replace(at, kind.size(), paint(kind, severity_color(*entry.severity), m_style.color));
      }
      lines.replace(lines.find(entry.id), entry.id.size(), paint(entry.id, "1", m_style.color));
    }
    m_out += '\n';
    m_out += lines;
    if (!entry.title.empty()) {
      m_out += indented(entry.title, 3, m_width);
      m_out += labelled("symptom:", entry.symptom, 3, m_width);
    } else {
      m_out += indented(entry.symptom, 3, m_width);
    }
    m_out += labelled("matched:", fmt::format("{}", fmt::join(found.matched_words, ", ")), 3, m_width);
    if (!entry.action.empty()) {
      m_out += labelled("now:    ", entry.action, 3, m_width);
    }
    if (!entry.commands->empty()) {
      m_out += "   run:\n";
      for (const auto& command : *entry.commands) {
        // Commands are shown whole, never wrapped, so they can be copied.
        m_out += fmt::format("     $ {}\n", escape_controls(command.command));
        m_out += indented(command.explain, 7, m_width);
      }
    }
    m_out += labelled("fix:    ", entry.fix, 3, m_width);
    const std::string frameworks =
      entry.frameworks.empty() ? "" : fmt::format("; {}", fmt::join(framework_names(entry), ", "));
    m_out += indented(fmt::format("[{}{}]", entry.source, frameworks), 3, m_width);
  }

  std::vector<std::string>
  framework_names(const Entry& entry) const
  {
    std::vector<std::string> names;
    for (const auto& id : entry.frameworks) {
      names.push_back(m_view.pack.frameworks[static_cast<std::size_t>(m_view.pack.framework_index(id))].name);
    }
    return names;
  }

  const DiagnosisView& m_view;
  const TextStyle& m_style;
  std::size_t m_width;
  std::string m_out;
};

} // namespace

std::string
render_diagnosis_text(const DiagnosisView& view, const TextStyle& style)
{
  return TextWriter(view, style).run();
}

} // namespace framewise::report
