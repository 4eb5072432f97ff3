#include <framewise/report/reference/questions_wording.hpp>

#include <string>

namespace framewise::report {

// Written without fmt: with fmt header-only, every file that formats with it
// carries its own copy of fmt's float formatting (about 6 KB), so the small
// files the reports share keep to plain strings.

bool
has_options(const model::Question& question)
{
  return question.type == model::QuestionType::choice || question.type == model::QuestionType::list;
}

std::string
questions_intro(const model::RulePack& pack)
{
  return std::to_string(pack.questions.size()) + (pack.questions.size() == 1 ? " question" : " questions") +
         ", in the order they are asked. A profile answers any of them; an unanswered "
         "question is neutral: it adds nothing to any score.";
}

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
    return "a whole number from " + std::to_string(question.min) + " to " + std::to_string(question.max);
  case model::QuestionType::list:
    return question.open_list ? "a list of any of the options, and other names too; [] for none"
                              : "a list of any of the options; [] for none";
  }
  return "?";
}

} // namespace framewise::report
