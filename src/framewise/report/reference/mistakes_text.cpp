#include <framewise/report/reference/mistakes_report.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

std::string
render_mistakes_text(const model::RulePack& pack, const TextStyle& style)
{
  const std::size_t width = prose_width(style);
  std::string out = indented(mistakes_intro(pack), 0, width);
  for (const auto& mistake : pack.mistakes) {
    const std::string severity = fmt::format("{:<7}", model::to_string(mistake.severity));
    out += fmt::format("\n{} {}\n", paint(severity, severity_color(mistake.severity), style.color),
                       paint(mistake.id, "1", style.color));
    out += indented(mistake.title, 2, width);
    out += labelled("symptom:", mistake.symptom, 2, width);
    out += labelled("why:    ", mistake.message, 2, width);
    out += labelled("fix:    ", mistake.fix, 2, width);
    out += indented(fmt::format("[{}]", mistake.source), 2, width);
  }
  return out;
}

} // namespace framewise::report
