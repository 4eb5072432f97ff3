// Fuzzes what a user types at the questionnaire's prompt: the first byte picks
// a question of the built-in pack, the rest is the typed line. Properties: an
// accepted answer is valid for the question and, written back as the reports
// show it, is read back to the same answer.
#include "fuzz_support.hpp"

#include <framewise/load/answer_input.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <bit>
#include <string>
#include <variant>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const auto& pack = fuzz::builtin_pack();
  fuzz::ByteReader bytes(data, size);
  const model::Question& question = pack.questions[bytes.byte() % pack.questions.size()];
  const std::string_view typed = bytes.rest();
  const auto parsed = load::parse_typed_answer(question, typed);
  if (const auto* error = std::get_if<std::string>(&parsed)) {
    fuzz::check(!error->empty(), "a refusal says why");
    fuzz::check_terminal_safe(report::escape_controls(*error), "the refusal as the questionnaire shows it");
    return 0;
  }
  const auto& typed_answer = std::get<load::TypedAnswer>(parsed);
  const model::Answer& answer = typed_answer.answer;
  fuzz::check(answer.answered, "an accepted answer is an answer");
  switch (question.type) {
  case model::QuestionType::boolean:
    fuzz::check(answer.value == 0 || answer.value == 1, "a boolean is 0 or 1");
    break;
  case model::QuestionType::integer:
    fuzz::check(answer.value >= question.min && answer.value <= question.max, "an integer is in range");
    break;
  case model::QuestionType::choice:
    fuzz::check(answer.value >= 0 && static_cast<std::size_t>(answer.value) < question.options.size(),
                "a choice is an option");
    break;
  case model::QuestionType::list:
    fuzz::check(question.options.size() >= 64 || (answer.items >> question.options.size()) == 0,
                "list items are options");
    fuzz::check(answer.item_count ==
                  static_cast<std::uint32_t>(std::popcount(answer.items)) + typed_answer.other_items.size(),
                "the item count counts every item");
    fuzz::check(question.open_list || typed_answer.other_items.empty(), "only an open list takes free items");
    break;
  }
  // The prompt shows the current answer as answer_text; typing that back must
  // give the same answer ("[a, b]" is typed without brackets).
  std::string shown = report::answer_text(question, answer, &typed_answer.other_items);
  if (question.type == model::QuestionType::list) {
    shown = shown.size() > 2 ? shown.substr(1, shown.size() - 2) : std::string("none");
  }
  const auto again = load::parse_typed_answer(question, shown);
  const auto* retyped = std::get_if<load::TypedAnswer>(&again);
  fuzz::check(retyped != nullptr, "the shown answer is accepted when typed");
  fuzz::check(retyped->answer == answer, "the shown answer types back to the same answer");
  fuzz::check(retyped->other_items == typed_answer.other_items, "free items type back the same");
  return 0;
}
