#include <framewise/report/questions_report.hpp>
#include <framewise/report/text_blocks.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace framewise::report {

namespace {

constexpr std::string_view k_default_text = "none (unanswered, which is neutral)";

bool
has_options(const model::Question& question)
{
  return question.type == model::QuestionType::choice || question.type == model::QuestionType::list;
}

std::string
intro(const model::RulePack& pack)
{
  return fmt::format("{} question{}, in the order they are asked. A profile answers any of them; an unanswered "
                     "question is neutral: it adds nothing to any score.",
                     pack.questions.size(),
                     pack.questions.size() == 1 ? "" : "s");
}

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
shown_label(const model::Option& option)
{
  const auto plain = [](std::string_view text) {
    std::string out;
    for (const char c : text) {
      if (c >= 'A' && c <= 'Z') {
        out += static_cast<char>(c - 'A' + 'a');
      } else if (c != '_' && c != '-' && c != ' ') {
        out += c;
      }
    }
    return out;
  };
  return plain(option.label) == plain(option.id) ? std::string() : option.label;
}

std::string
answer_form(const model::Question& question)
{
  switch (question.type) {
  case model::QuestionType::choice:
    return "one of the options";
  case model::QuestionType::boolean:
    return "true or false";
  case model::QuestionType::integer:
    return fmt::format("a whole number from {} to {}", question.min, question.max);
  case model::QuestionType::list:
    return question.open_list ? "a list of any of the options, and other names too; [] for none"
                              : "a list of any of the options; [] for none";
  }
  return "?";
}

std::string
render_questions_text(const model::RulePack& pack, const TextStyle& style)
{
  const std::size_t width = prose_width(style);
  std::string out = indented(intro(pack), 0, width);
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

std::string
render_questions_markdown(const model::RulePack& pack)
{
  std::string out = fmt::format("# Questions\n\n{}\n", intro(pack));
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

std::string
render_questions_json(const model::RulePack& pack)
{
  nlohmann::ordered_json questions = nlohmann::ordered_json::array();
  for (const auto& question : pack.questions) {
    nlohmann::ordered_json entry{{"id", question.id},
                                 {"prompt", question.prompt},
                                 {"help", question.help},
                                 {"type", model::to_string(question.type)}};
    if (has_options(question)) {
      nlohmann::ordered_json options = nlohmann::ordered_json::array();
      for (const auto& option : question.options) {
        options.push_back({{"id", option.id}, {"label", option.label}});
      }
      entry["options"] = std::move(options);
    }
    if (question.type == model::QuestionType::list) {
      entry["open"] = question.open_list;
    }
    if (question.type == model::QuestionType::integer) {
      entry["min"] = question.min;
      entry["max"] = question.max;
    }
    entry["default"] = nullptr;
    entry["source"] = question.source;
    questions.push_back(std::move(entry));
  }
  const nlohmann::ordered_json document{{"schema_version", 1}, {"questions", questions}};
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
