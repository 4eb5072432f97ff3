#include <framewise/engine/alike_lint.hpp>
#include <framewise/engine/option_distinction.hpp>

#include <algorithm>
#include <cstdint>

namespace framewise::engine {

namespace {

// "vm", "vm and paas", "vm, paas and serverless".
std::string
and_list(const std::vector<std::string>& names)
{
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += i == 0 ? "" : i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

// "[vm, paas, serverless]", as the YAML of an `alike:` entry would list them.
std::string
flow_list(const std::vector<std::string>& names)
{
  std::string out = "[";
  for (const auto& name : names) {
    out += (out.size() > 1 ? ", " : "") + name;
  }
  return out + "]";
}

struct Acknowledged
{
  // The `alike:` entry holding each option, or -1.
  std::vector<int> group_of;
};

Acknowledged
acknowledged(const model::Question& question, std::vector<LintProblem>& out)
{
  Acknowledged result{std::vector<int>(question.options.size(), -1)};
  for (std::size_t g = 0; g < question.alike.size(); ++g) {
    for (const auto& option : question.alike[g].options) {
      const int index = question.option_index(option.id);
      if (index < 0) {
        out.push_back(
          {LintSeverity::warning, "alike-unknown-option",
           "'alike' of question '" + question.id + "' names '" + option.id + "', which is not one of its options",
           "correct the id or remove it from the 'alike' entry", option.pos});
      } else {
        result.group_of[static_cast<std::size_t>(index)] = static_cast<int>(g);
      }
    }
  }
  return result;
}

// The first two options of `group` that some item tells apart, as a warning.
void
check_still_alike(const model::Question& question, const model::AlikeOptions& group,
                  const OptionDistinction& distinction, std::vector<LintProblem>& out)
{
  std::vector<std::uint32_t> known;
  for (const auto& option : group.options) {
    if (const int index = question.option_index(option.id); index >= 0) {
      known.push_back(static_cast<std::uint32_t>(index));
    }
  }
  for (std::size_t i = 0; i < known.size(); ++i) {
    for (std::size_t j = i + 1; j < known.size(); ++j) {
      const auto& by = distinction.told_apart_by(known[i], known[j]);
      if (by.empty()) {
        continue;
      }
      out.push_back({LintSeverity::warning, "alike-told-apart",
                     "'alike' of question '" + question.id + "' says " + question.options[known[i]].id + " and " +
                       question.options[known[j]].id + " are alike, but " + by + " tells them apart",
                     "the entry no longer says what the rules do; remove the options it tells apart from it, "
                     "or the entry",
                     group.pos});
      return;
    }
  }
}

void
check_question(const model::Question& question, const OptionDistinction& distinction, std::vector<LintProblem>& out)
{
  const auto acknowledgement = acknowledged(question, out);
  for (const auto& group : question.alike) {
    check_still_alike(question, group, distinction, out);
  }
  for (const auto& group : alike_groups(distinction)) {
    const int first = acknowledgement.group_of[group.front()];
    const bool covered = first >= 0 && std::all_of(group.begin(), group.end(), [&](std::uint32_t option) {
                           return acknowledgement.group_of[option] == first;
                         });
    if (covered) {
      continue;
    }
    std::vector<std::string> names;
    for (const auto option : group) {
      names.push_back(question.options[option].id);
    }
    // Appended piece by piece: g++ 12 warns falsely (-Wrestrict) on
    // "literal" + std::string&& chains.
    std::string hint = "make a rule or mistake tell them apart, merge them into one option, or say why they are "
                       "alike with `alike: [{options: ";
    hint.append(flow_list(names)).append(", reason: ...}]` on the question");
    const auto& pos = question.options[group.front()].pos;
    out.push_back({LintSeverity::warning, "options-alike",
                   question.id + ": " + and_list(names) +
                     ": no rule or mistake tells these options apart; answering one or another never changes a "
                     "score or a finding",
                   hint, pos.line > 0 ? pos : question.pos});
  }
}

} // namespace

void
lint_alike_options(const model::RulePack& pack, const std::vector<bool>& questions_read, std::vector<LintProblem>& out)
{
  for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
    const auto& question = pack.questions[q];
    const bool has_options = question.type == model::QuestionType::choice || question.type == model::QuestionType::list;
    if (has_options && questions_read[q]) {
      check_question(question, distinguish_options(pack, q), out);
    }
  }
}

} // namespace framewise::engine
