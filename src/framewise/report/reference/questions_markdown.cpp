#include <framewise/report/markdown_toolkit.hpp>
#include <framewise/report/reference/questions_report.hpp>
#include <framewise/report/reference/questions_wording.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

namespace {

// "api (JSON API first)", or just "api" when the label adds nothing.
std::string
option_text(const model::Option& option, std::string_view quote)
{
  const std::string label = shown_label(option);
  if (label.empty()) {
    return fmt::format("{0}{1}{0}", quote, option.id);
  }
  return fmt::format("{0}{1}{0} ({2})", quote, option.id, label);
}

} // namespace

std::string
render_questions_markdown(const model::RulePack& pack)
{
  std::string out = fmt::format("# Questions\n\n{}\n", questions_intro(pack));
  for (const auto& question : pack.questions) {
    out += fmt::format("\n## `{}`: {}\n\n", question.id, question.prompt);
    out += fmt::format("- **Type**: {}\n", model::to_string(question.type));
    out += fmt::format("- **Answer**: {}\n", answer_form(question));
    if (has_options(question)) {
      std::vector<std::string> options;
      for (const auto& option : question.options) {
        options.push_back(option_text(option, "`"));
      }
      out += fmt::format("- **Options**: {}\n", fmt::join(options, ", "));
    }
    out += fmt::format("- **Default**: {}\n", k_default_text);
    out += fmt::format("- **Source**: {}\n\n{}\n", question.source, question.help);
  }
  return out;
}

} // namespace framewise::report
