#pragma once

#include <framewise/model/pack.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::engine {

// Where a searchable entry lives in the pack.
enum class GuideSection : std::uint8_t
{
  debug_guide,
  cheat_sheet,
  mistakes
};

// "debug guide", "cheat sheet", "mistakes".
const char* to_string(GuideSection section);

struct GuideEntryRef
{
  GuideSection section = GuideSection::debug_guide;
  std::uint32_t index = 0; // into pack.debug_guide, pack.cheat_sheet or pack.mistakes
};

struct SymptomMatch
{
  GuideEntryRef entry;
  double score = 0;                       // relevance; only the order is meaningful
  std::vector<std::string> matched_words; // the symptom's words that matched, as written
};

struct Diagnosis
{
  std::vector<SymptomMatch> matches; // best first; empty when nothing matches
  std::vector<SymptomMatch> closest; // only when `matches` is empty: the nearest entries
};

// How many matches a diagnosis lists at most, and how many closest entries.
inline constexpr std::size_t k_max_matches = 5;
inline constexpr std::size_t k_closest = 3;

// Searches the pack's debug guide, cheat sheet and common mistakes for
// `symptom`, comparing word stems and synonyms ("latency" finds "slow"), and
// ranks the entries. An entry matches when a word of the symptom is in its
// symptom, title or keywords; words found only in its fix or message add to
// the score but do not match on their own. Matches far weaker than the best
// are left out. Returns nothing when `symptom` has no meaningful word (empty,
// punctuation or only words such as "the" and "not").
std::optional<Diagnosis> diagnose_symptom(const model::RulePack& pack, std::string_view symptom);

} // namespace framewise::engine
