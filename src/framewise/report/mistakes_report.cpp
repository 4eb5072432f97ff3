#include <framewise/report/mistakes_report.hpp>
#include <framewise/report/text_blocks.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace framewise::report {

namespace {

std::string
intro(const model::RulePack& pack)
{
  return fmt::format("{} common mistake{}. 'framewise recommend' reports the ones that apply to a profile; "
                     "'framewise diagnose \"SYMPTOM\"' finds one by what you see.",
                     pack.mistakes.size(),
                     pack.mistakes.size() == 1 ? "" : "s");
}

} // namespace

std::string_view
severity_color(model::Severity severity)
{
  switch (severity) {
  case model::Severity::error:
    return "31";
  case model::Severity::warning:
    return "33";
  case model::Severity::info:
    return "36";
  }
  return "0";
}

std::string
render_mistakes_text(const model::RulePack& pack, const TextStyle& style)
{
  const std::size_t width = prose_width(style);
  std::string out = indented(intro(pack), 0, width);
  for (const auto& mistake : pack.mistakes) {
    const std::string severity = fmt::format("{:<7}", model::to_string(mistake.severity));
    out += fmt::format(
      "\n{} {}\n", paint(severity, severity_color(mistake.severity), style.color), paint(mistake.id, "1", style.color));
    out += indented(mistake.title, 2, width);
    out += labelled("symptom:", mistake.symptom, 2, width);
    out += labelled("why:    ", mistake.message, 2, width);
    out += labelled("fix:    ", mistake.fix, 2, width);
    out += indented(fmt::format("[{}]", mistake.source), 2, width);
  }
  return out;
}

std::string
render_mistakes_markdown(const model::RulePack& pack)
{
  std::string out = fmt::format("# Common mistakes\n\n{}\n", intro(pack));
  for (const auto& mistake : pack.mistakes) {
    out += fmt::format("\n## `{}` ({}): {}\n\n", mistake.id, model::to_string(mistake.severity), mistake.title);
    out += fmt::format("- **Symptom**: {}\n", mistake.symptom);
    out += fmt::format("- **Why**: {}\n", mistake.message);
    out += fmt::format("- **Fix**: {}\n", mistake.fix);
    out += fmt::format("- **Source**: {}\n", mistake.source);
  }
  return out;
}

std::string
render_mistakes_json(const model::RulePack& pack)
{
  nlohmann::ordered_json mistakes = nlohmann::ordered_json::array();
  for (const auto& mistake : pack.mistakes) {
    mistakes.push_back({{"id", mistake.id},
                        {"severity", model::to_string(mistake.severity)},
                        {"title", mistake.title},
                        {"symptom", mistake.symptom},
                        {"message", mistake.message},
                        {"fix", mistake.fix},
                        {"source", mistake.source}});
  }
  const nlohmann::ordered_json document{{"schema_version", 1}, {"mistakes", mistakes}};
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
