#include <framewise/report/answer_format.hpp>

#include <fmt/format.h>

namespace framewise::report {

namespace {

std::vector<std::string>
list_items(const model::Question& question, const model::Answer& answer, const std::vector<std::string>* other_items)
{
  std::vector<std::string> items;
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    if ((answer.items >> i) & 1U) {
      items.push_back(question.options[i].id);
    }
  }
  if (other_items != nullptr) {
    items.insert(items.end(), other_items->begin(), other_items->end());
  }
  return items;
}

std::string
option_id(const model::Question& question, const model::Answer& answer)
{
  const auto index = static_cast<std::size_t>(answer.value);
  return index < question.options.size() ? question.options[index].id : std::string("?");
}

} // namespace

nlohmann::ordered_json
answer_json(const model::Question& question, const model::Answer& answer, const std::vector<std::string>* other_items)
{
  if (!answer.answered) {
    return nullptr;
  }
  switch (question.type) {
  case model::QuestionType::boolean:
    return answer.value != 0;
  case model::QuestionType::integer:
    return answer.value;
  case model::QuestionType::choice:
    return option_id(question, answer);
  case model::QuestionType::list:
    return list_items(question, answer, other_items);
  }
  return nullptr;
}

std::string
answer_text(const model::Question& question, const model::Answer& answer, const std::vector<std::string>* other_items)
{
  if (!answer.answered) {
    return "unanswered";
  }
  switch (question.type) {
  case model::QuestionType::boolean:
    return answer.value != 0 ? "true" : "false";
  case model::QuestionType::integer:
    return std::to_string(answer.value);
  case model::QuestionType::choice:
    return option_id(question, answer);
  case model::QuestionType::list:
    return fmt::format("[{}]", fmt::join(list_items(question, answer, other_items), ", "));
  }
  return "?";
}

nlohmann::ordered_json
location_json(const model::SourcePos& pos)
{
  return {{"path", pos.file}, {"line", pos.line}, {"column", pos.column}};
}

} // namespace framewise::report
