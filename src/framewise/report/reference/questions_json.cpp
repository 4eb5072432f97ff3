#include <framewise/report/reference/questions_report.hpp>
#include <framewise/report/reference/questions_wording.hpp>

#include <nlohmann/json.hpp>

namespace framewise::report {

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
