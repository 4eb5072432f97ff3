#include <framewise/report/reference/questions_report.hpp>
#include <framewise/report/reference/questions_wording.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

std::string
render_questions_text(const model::RulePack& pack, const TextStyle& style)
{
  const std::size_t width = prose_width(style);
  std::string out = indented(questions_intro(pack), 0, width);
  for (const auto& question : pack.questions) {
    out += fmt::format("\n{}  {}\n", paint(question.id, "1", style.color), model::to_string(question.type));
    out += indented(question.prompt, 2, width);
    out += labelled("answer: ", answer_form(question), 2, width);
    if (has_options(question)) {
      std::size_t id_width = 0;
      for (const auto& option : question.options) {
        id_width = std::max(id_width, option.id.size());
      }
      out += "  options:\n";
      for (const auto& option : question.options) {
        const std::string label = shown_label(option);
        out += label.empty() ? fmt::format("    {}\n", option.id)
                             : labelled(fmt::format("{:<{}}", option.id, id_width + 1), label, 4, width);
      }
    }
    out += labelled("default:", k_default_text, 2, width);
    out += indented(question.help, 2, width);
    out += indented(fmt::format("[{}]", question.source), 2, width);
  }
  return out;
}

} // namespace framewise::report
