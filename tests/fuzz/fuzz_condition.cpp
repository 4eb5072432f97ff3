// Fuzzes the condition language: the front of the input is a set of answers
// for the built-in pack's questions and a pick, the rest a `when:` YAML node.
// A condition that compiles is evaluated over those answers, and the truth
// must be the reference evaluator's (tests/common/reference_condition_eval.hpp).
#include "fuzz_support.hpp"
#include "reference_condition_eval.hpp"

#include <framewise/engine/condition_eval.hpp>
#include <framewise/load/condition_parser.hpp>
#include <framewise/load/yaml_reader.hpp>
#include <framewise/report/diagnostic_text.hpp>

#include <algorithm>

namespace {

using namespace framewise;

// Any answer the profile loader could produce for `question`, or none.
model::Answer
answer_for(const model::Question& question, fuzz::ByteReader& reader)
{
  model::Answer answer;
  const std::uint8_t head = reader.byte();
  answer.answered = (head & 1U) != 0;
  if (!answer.answered) {
    return answer;
  }
  const std::uint64_t word = reader.word();
  switch (question.type) {
  case model::QuestionType::boolean:
    answer.value = (head >> 1) & 1;
    break;
  case model::QuestionType::integer: {
    // Both ends of the range matter most: comparisons must not overflow there.
    const auto span = static_cast<std::uint64_t>(question.max) - static_cast<std::uint64_t>(question.min);
    answer.value = (head & 2U) != 0 ? ((head & 4U) != 0 ? question.max : question.min)
                                    : static_cast<std::int64_t>(static_cast<std::uint64_t>(question.min) +
                                                                (span == UINT64_MAX ? word : word % (span + 1)));
    break;
  }
  case model::QuestionType::choice:
    answer.value = static_cast<std::int64_t>(word % std::max<std::size_t>(question.options.size(), 1));
    break;
  case model::QuestionType::list: {
    const std::size_t count = question.options.size();
    answer.items = count >= 64 ? word : word & ((std::uint64_t{1} << count) - 1);
    answer.item_count =
      static_cast<std::uint32_t>(__builtin_popcountll(answer.items)) + (question.open_list ? (head >> 1) & 3U : 0U);
    break;
  }
  }
  return answer;
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const auto& pack = fuzz::builtin_pack();
  fuzz::ByteReader bytes(data, size);
  model::Answers answers;
  for (const auto& question : pack.questions) {
    answers.push_back(answer_for(question, bytes));
  }
  const std::uint8_t pick_byte = bytes.byte();
  const std::uint32_t pick = pick_byte >= pack.frameworks.size() ? engine::k_no_pick : pick_byte;
  const std::string_view text = bytes.rest();

  model::Diagnostics diagnostics;
  load::YamlReader reader({"fuzz-rules/when.yaml", text}, model::Domain::rules, diagnostics);
  const auto node = reader.parse();
  const auto check_diagnostics = [&] {
    for (const auto& diagnostic : diagnostics) {
      fuzz::check_terminal_safe(report::render_diagnostic(diagnostic), "a diagnostic");
    }
  };
  if (!node) {
    check_diagnostics();
    return 0;
  }
  const auto access =
    (pick_byte & 0x80U) != 0 ? load::RecommendationAccess::allowed : load::RecommendationAccess::forbidden;
  const auto condition = load::compile_condition(reader, *node, pack, access);
  fuzz::check(condition.has_value() == diagnostics.empty(), "a condition compiles exactly when nothing is reported");
  if (!condition) {
    check_diagnostics();
    return 0;
  }
  const model::Truth truth = engine::evaluate(*condition, answers, pick);
  fuzz::check(truth == test::reference(*condition, answers, pick), "evaluate agrees with the reference evaluator");
  fuzz::check(engine::evaluate(*condition, answers, engine::k_no_pick) ==
                test::reference(*condition, answers, engine::k_no_pick),
              "evaluate agrees with the reference evaluator before the pick is known");
  const auto deciding = engine::deciding_questions(*condition, answers, pick);
  fuzz::check(std::is_sorted(deciding.begin(), deciding.end()), "deciding questions are sorted");
  fuzz::check(std::adjacent_find(deciding.begin(), deciding.end()) == deciding.end(),
              "deciding questions are distinct");
  for (const auto q : deciding) {
    fuzz::check(q < pack.questions.size(), "deciding questions are questions");
    fuzz::check(answers[q].answered, "deciding questions are answered");
  }
  // With every answer removed, no comparison can be decided by an answer.
  const model::Answers none(answers.size());
  const model::Truth truth_of_none = engine::evaluate(*condition, none, pick);
  fuzz::check(truth_of_none == test::reference(*condition, none, pick),
              "evaluate agrees with the reference on no answers");
  if (truth_of_none == model::Truth::yes) {
    fuzz::check(engine::deciding_questions(*condition, none, pick).empty(), "no answer decides when none is given");
  }
  return 0;
}
