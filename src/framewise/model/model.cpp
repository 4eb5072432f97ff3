#include <framewise/model/pack.hpp>
#include <framewise/model/question.hpp>

namespace framewise::model {

const char*
to_string(QuestionType type)
{
  switch (type) {
  case QuestionType::choice:
    return "choice";
  case QuestionType::boolean:
    return "boolean";
  case QuestionType::integer:
    return "integer";
  case QuestionType::list:
    return "list";
  }
  return "?";
}

const char*
to_string(Severity severity)
{
  switch (severity) {
  case Severity::info:
    return "info";
  case Severity::warning:
    return "warning";
  case Severity::error:
    return "error";
  }
  return "?";
}

namespace {

template <typename T>
int
index_by_id(const std::vector<T>& items, std::string_view id)
{
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id == id) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

} // namespace

int
RulePack::question_index(std::string_view id) const
{
  return index_by_id(questions, id);
}

int
RulePack::framework_index(std::string_view id) const
{
  return index_by_id(frameworks, id);
}

} // namespace framewise::model
