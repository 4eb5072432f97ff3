#include <framewise/scan/scanned_profile.hpp>

#include <algorithm>
#include <charconv>
#include <optional>

namespace framewise::scan {

namespace {

// The answer `values` spell for `question`, with the free items of an open
// list; nothing when no value fits the question (a pack row naming an option
// the question does not have).
struct SpelledAnswer
{
  model::Answer answer;
  std::vector<std::string> free_items;
};

std::optional<SpelledAnswer>
answer_of(const model::Question& question, const std::vector<std::string>& values)
{
  SpelledAnswer spelled;
  spelled.answer.answered = true;
  switch (question.type) {
  case model::QuestionType::boolean:
    if (values.size() != 1 || (values[0] != "true" && values[0] != "false")) {
      return std::nullopt;
    }
    spelled.answer.value = values[0] == "true" ? 1 : 0;
    return spelled;
  case model::QuestionType::choice: {
    const int option = values.size() == 1 ? question.option_index(values[0]) : -1;
    if (option < 0) {
      return std::nullopt;
    }
    spelled.answer.value = option;
    return spelled;
  }
  case model::QuestionType::integer: {
    std::int64_t number = 0;
    const std::string& text = values.empty() ? std::string() : values[0];
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (values.size() != 1 || error != std::errc() || end != text.data() + text.size() || number < question.min ||
        number > question.max) {
      return std::nullopt;
    }
    spelled.answer.value = number;
    return spelled;
  }
  case model::QuestionType::list:
    for (const auto& value : values) {
      const int option = question.option_index(value);
      if (option >= 0) {
        spelled.answer.items |= std::uint64_t{1} << option;
      } else if (question.open_list) {
        spelled.free_items.push_back(value);
      } else {
        continue;
      }
      ++spelled.answer.item_count;
    }
    if (spelled.answer.item_count == 0) {
      return std::nullopt;
    }
    return spelled;
  }
  return std::nullopt;
}

// The items of a scanned list a declared list leaves out.
std::vector<std::string>
missing_items(const model::Question& question, const model::Answer& declared,
              const std::vector<std::string>& declared_free, const std::vector<std::string>& scanned)
{
  std::vector<std::string> missing;
  for (const auto& value : scanned) {
    const int option = question.option_index(value);
    const bool has = option >= 0 ? (declared.items >> option & 1U) != 0
                                 : std::find(declared_free.begin(), declared_free.end(), value) != declared_free.end();
    if (!has && (option >= 0 || question.open_list)) {
      missing.push_back(value);
    }
  }
  return missing;
}

// The evidence for `values` among `evidence`, deciding items first.
std::vector<EvidenceItem>
evidence_for(const std::vector<EvidenceItem>& evidence, const std::vector<std::string>& values)
{
  std::vector<EvidenceItem> chosen;
  std::copy_if(evidence.begin(), evidence.end(), std::back_inserter(chosen), [&](const EvidenceItem& item) {
    return std::find(values.begin(), values.end(), item.value) != values.end();
  });
  std::stable_partition(chosen.begin(), chosen.end(), [](const EvidenceItem& item) { return item.decides; });
  return chosen;
}

} // namespace

model::Profile
empty_profile(const model::RulePack& pack)
{
  model::Profile profile;
  profile.answers.resize(pack.questions.size());
  profile.positions.resize(pack.questions.size());
  profile.other_items.resize(pack.questions.size());
  return profile;
}

ScannedProfile
merge_scan(const model::RulePack& pack, model::Profile declared, const Inference& inference)
{
  ScannedProfile merged;
  merged.profile = std::move(declared);
  merged.evidence.resize(pack.questions.size());
  // A profile built in code may come with short vectors; every question needs a slot.
  merged.profile.answers.resize(pack.questions.size());
  merged.profile.positions.resize(pack.questions.size());
  merged.profile.other_items.resize(pack.questions.size());
  for (const auto& scanned : inference.answers) {
    if (scanned.question >= pack.questions.size()) {
      continue;
    }
    const std::uint32_t q = scanned.question;
    const model::Question& question = pack.questions[q];
    const auto spelled = answer_of(question, scanned.values);
    if (!spelled) {
      continue;
    }
    model::Answer& answer = merged.profile.answers[q];
    if (!answer.answered) {
      answer = spelled->answer;
      merged.profile.other_items[q] = spelled->free_items;
      merged.profile.positions[q] = {}; // no profile line: the evidence locates it
      merged.evidence[q] = evidence_for(scanned.evidence, scanned.values);
      continue;
    }
    std::vector<std::string> denied;
    if (question.type == model::QuestionType::list) {
      denied = missing_items(question, answer, merged.profile.other_items[q], scanned.values);
    } else if (answer.value != spelled->answer.value) {
      denied = scanned.values;
    }
    auto evidence = evidence_for(scanned.evidence, denied);
    if (!denied.empty() && !evidence.empty()) {
      merged.contradictions.push_back({q, std::move(denied), std::move(evidence), merged.profile.positions[q]});
    }
  }
  return merged;
}

} // namespace framewise::scan
