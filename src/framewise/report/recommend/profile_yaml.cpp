#include <framewise/report/answer_format.hpp>
#include <framewise/report/recommend/profile_yaml.hpp>
#include <framewise/report/shell_word.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

namespace {

// Option ids (lowercase letters, digits, '_' and '-') are safe as plain YAML;
// free text is written as a JSON string, which YAML reads as double-quoted.
std::string
yaml_value(const model::Question& question, const model::Profile& profile, std::size_t q)
{
  const auto value = answer_json(question, profile.answers[q], &profile.other_items[q]);
  if (question.type == model::QuestionType::choice) {
    return value.get<std::string>();
  }
  if (question.type != model::QuestionType::list) {
    return value.dump();
  }
  std::vector<std::string> items;
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    if ((profile.answers[q].items >> i) & 1U) {
      items.push_back(question.options[i].id);
    }
  }
  for (const auto& item : profile.other_items[q]) {
    items.push_back(nlohmann::json(item).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  return fmt::format("[{}]", fmt::join(items, ", "));
}

} // namespace

std::string
resume_command(std::string_view path)
{
  const std::string word = escape_controls(shell_word(path));
  return fmt::format("framewise recommend --profile {} --ask-missing --save-profile {}", word, word);
}

std::string
render_profile_yaml(const model::RulePack& pack, const model::Profile& profile, std::string_view path)
{
  const std::string resume = path.empty() ? "framewise recommend --profile '<this file>' --ask-missing "
                                            "--save-profile '<this file>'"
                                          : resume_command(path);
  std::string out = fmt::format("# A framewise profile. Resume the questionnaire, saving to this file, with:\n"
                                "#   {}\n"
                                "version: 1\n",
                                resume);
  if (!profile.name.empty()) {
    out += fmt::format("name: {}\n", nlohmann::json(profile.name).dump());
  }
  out += "answers:\n";
  bool any = false;
  for (std::size_t q = 0; q < pack.questions.size(); ++q) {
    if (!profile.answers[q].answered) {
      continue;
    }
    any = true;
    if (q < profile.answer_comments.size()) {
      for (const auto& comment : profile.answer_comments[q]) {
        out += fmt::format("  # {}\n", escape_controls(comment)); // escaped: a line break would end the comment
      }
    }
    out += fmt::format("  {}: {}\n", pack.questions[q].id, yaml_value(pack.questions[q], profile, q));
  }
  if (!any) {
    out += "  {}\n";
    out.replace(out.size() - 14, 14, "answers: {}\n");
  }
  // Saving the answers keeps the team's waivers: JSON strings are YAML.
  if (!profile.waivers.empty()) {
    out += "waivers:\n";
    for (const auto& waiver : profile.waivers) {
      out += fmt::format("  - id: {}\n    reason: {}\n", nlohmann::json(waiver.id).dump(),
                         nlohmann::json(waiver.reason).dump());
      if (waiver.until) {
        out += fmt::format("    until: {}\n", model::to_string(*waiver.until));
      }
    }
  }
  return out;
}

} // namespace framewise::report
