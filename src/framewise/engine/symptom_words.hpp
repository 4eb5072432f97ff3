#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace framewise::engine {

// One meaningful word of a symptom description.
struct SymptomWord
{
  std::string meaning; // the stem shared by the word's synonyms ("latency" for "slow", "lag")
  std::string written; // the word as written, lowercased
};

// `text` split into words (runs of ASCII letters, digits, '+' and non-ASCII
// bytes, so "n+1" and "502" stay whole), lowercased, with stop words dropped,
// each reduced to its stem and then to its synonym group's meaning. Empty when
// `text` holds no meaningful word.
std::vector<SymptomWord> symptom_words(std::string_view text);

// `word` (lowercase) with common English endings removed, so that the forms of
// one word share a stem: "spike", "spikes", "spiking", "spiked" -> "spik";
// "validation", "validate" -> "valid"; "queries" -> "query".
std::string stem_word(std::string_view word);

} // namespace framewise::engine
