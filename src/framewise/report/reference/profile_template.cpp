#include <framewise/report/reference/profile_template.hpp>
#include <framewise/report/reference/questions_wording.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::report {

namespace {

// Comments are wrapped for an editor, whatever the terminal's width.
constexpr std::size_t k_comment_width = 78;

// `text` as YAML comment lines indented by `indent` spaces. Control characters
// are escaped so that no line break can end the comment early.
std::string
comment(std::string_view text, std::size_t indent)
{
  std::string out;
  const std::string prefix = std::string(indent, ' ') + "# ";
  for (const auto& line : wrap(flowing_text(text), k_comment_width - prefix.size())) {
    out += prefix + line + "\n";
  }
  return out;
}

// The options one per line, as "#   api           JSON API first".
std::string
options_comment(const model::Question& question)
{
  std::size_t id_width = 0;
  for (const auto& option : question.options) {
    id_width = std::max(id_width, option.id.size());
  }
  std::string out;
  for (const auto& option : question.options) {
    const std::string label = shown_label(option);
    std::string line = fmt::format("  #   {:<{}}  {}", option.id, id_width, flowing_text(label));
    while (line.back() == ' ') {
      line.pop_back();
    }
    out += line + "\n";
  }
  return out;
}

// "Answer: one of the options below, e.g. api."
std::string
answer_comment(const model::Question& question)
{
  std::string form = answer_form(question);
  const bool has_options = !question.options.empty();
  if (has_options) {
    const std::string::size_type at = form.find("the options");
    form.insert(at + std::string_view("the options").size(), " below");
  }
  if (question.type == model::QuestionType::choice && has_options) {
    return fmt::format("Answer: {}, e.g. {}.", form, question.options.front().id);
  }
  if (question.type == model::QuestionType::list && has_options) {
    return fmt::format("Answer: {}; e.g. [{}].", form, question.options.front().id);
  }
  return fmt::format("Answer: {}.", form);
}

} // namespace

std::string
render_profile_template(const model::RulePack& pack, std::string_view file_name)
{
  std::string out =
    comment("A framewise project profile. Replace null with an answer for each question you can answer; "
            "leave the rest null: an unanswered question is neutral, it adds nothing to any score.",
            0);
  out += comment(fmt::format("Then run: framewise recommend --profile {}", file_name), 0);
  out += "version: 1\n";
  out += comment("Optional: a name for the project, shown in the report.", 0);
  out += "# name: my-project\n";
  out += "answers:\n";
  for (std::size_t q = 0; q < pack.questions.size(); ++q) {
    const model::Question& question = pack.questions[q];
    if (q > 0) {
      out += "\n";
    }
    out += comment(question.prompt, 2);
    out += comment(question.help, 2);
    out += comment(answer_comment(question), 2);
    out += options_comment(question);
    out += fmt::format("  {}: null\n", question.id);
  }
  if (pack.questions.empty()) {
    out += "  {}\n";
  }
  return out;
}

} // namespace framewise::report
