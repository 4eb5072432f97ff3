#include <framewise/engine/symptom_search.hpp>
#include <framewise/engine/symptom_words.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace framewise::engine {

namespace {

// How much a word counts by where it stands in an entry: the symptom says what
// the user sees, the title and keywords name it, the fix and message only
// mention things in passing.
constexpr double k_weight_symptom = 3.0;
constexpr double k_weight_name = 2.0;
constexpr double k_weight_mention = 1.0;
// Matches scoring below this share of the best one are noise beside it.
constexpr double k_keep_fraction = 0.4;
// Stems this long may match by prefix ("postgres" and "postgresql").
constexpr std::size_t k_min_prefix = 6;

struct IndexedEntry
{
  GuideEntryRef ref;
  std::map<std::string, double> weights; // meaning -> weight of the strongest field holding it
  std::string name_text;                 // symptom, title and keywords, for the closest entries
};

void
add_text(IndexedEntry& entry, std::string_view text, double weight)
{
  for (const auto& word : symptom_words(text)) {
    double& slot = entry.weights[word.meaning];
    slot = std::max(slot, weight);
  }
}

void
add_debug_entry(std::vector<IndexedEntry>& index, GuideSection section, std::size_t i, const model::DebugEntry& item)
{
  IndexedEntry entry{{section, static_cast<std::uint32_t>(i)}, {}, item.symptom};
  add_text(entry, item.symptom, k_weight_symptom);
  for (const auto& keyword : item.keywords) {
    add_text(entry, keyword, k_weight_name);
    entry.name_text += " " + keyword;
  }
  add_text(entry, item.action, k_weight_mention);
  add_text(entry, item.fix, k_weight_mention);
  index.push_back(std::move(entry));
}

std::vector<IndexedEntry>
index_pack(const model::RulePack& pack)
{
  std::vector<IndexedEntry> index;
  for (std::size_t i = 0; i < pack.debug_guide.size(); ++i) {
    add_debug_entry(index, GuideSection::debug_guide, i, pack.debug_guide[i]);
  }
  for (std::size_t i = 0; i < pack.cheat_sheet.size(); ++i) {
    add_debug_entry(index, GuideSection::cheat_sheet, i, pack.cheat_sheet[i]);
  }
  for (std::size_t i = 0; i < pack.mistakes.size(); ++i) {
    const model::Mistake& mistake = pack.mistakes[i];
    IndexedEntry entry{{GuideSection::mistakes, static_cast<std::uint32_t>(i)}, {}, mistake.symptom};
    entry.name_text += " " + mistake.title;
    add_text(entry, mistake.symptom, k_weight_symptom);
    add_text(entry, mistake.title, k_weight_name);
    add_text(entry, mistake.message, k_weight_mention);
    add_text(entry, mistake.fix, k_weight_mention);
    index.push_back(std::move(entry));
  }
  return index;
}

// The weight of `meaning` in `entry`, 0 when absent.
double
weight_in(const IndexedEntry& entry, const std::string& meaning)
{
  if (const auto found = entry.weights.find(meaning); found != entry.weights.end()) {
    return found->second;
  }
  double best = 0;
  if (meaning.size() >= k_min_prefix) {
    for (const auto& [other, weight] : entry.weights) {
      if (other.size() >= k_min_prefix && (other.starts_with(meaning) || meaning.starts_with(other))) {
        best = std::max(best, weight);
      }
    }
  }
  return best;
}

// The character trigrams of `text`'s letters and digits, lowercased, with
// word boundaries as spaces; only used to rank near misses.
std::set<std::string>
trigrams(std::string_view text)
{
  std::string clean = " ";
  for (const char c : text) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      clean += c;
    } else if (c >= 'A' && c <= 'Z') {
      clean += static_cast<char>(c - 'A' + 'a');
    } else if (clean.back() != ' ') {
      clean += ' ';
    }
  }
  std::set<std::string> grams;
  for (std::size_t i = 0; i + 3 <= clean.size(); ++i) {
    grams.insert(clean.substr(i, 3));
  }
  return grams;
}

// Dice coefficient of two trigram sets, 0 to 1.
double
similarity(const std::set<std::string>& a, const std::set<std::string>& b)
{
  if (a.empty() || b.empty()) {
    return 0;
  }
  std::size_t shared = 0;
  for (const auto& gram : a) {
    shared += b.count(gram);
  }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

struct Scored
{
  SymptomMatch match;
  bool named = false;    // a word is in the entry's symptom, title or keywords
  double near = 0;       // trigram similarity, for near misses
  std::size_t order = 0; // position in the index, the final tie-break
};

// How telling each meaning is: a word found in every entry says little, one
// found in a single entry says a lot.
std::map<std::string, double>
rarity_of(const std::vector<std::string>& meanings, const std::vector<IndexedEntry>& index)
{
  std::map<std::string, double> rarity;
  for (const auto& meaning : meanings) {
    std::size_t holders = 0;
    for (const auto& entry : index) {
      holders += weight_in(entry, meaning) > 0 ? 1 : 0;
    }
    rarity[meaning] =
      std::log(1.0 + static_cast<double>(index.size()) / static_cast<double>(std::max<std::size_t>(holders, 1)));
  }
  return rarity;
}

Scored
score_entry(const IndexedEntry& entry, const std::vector<SymptomWord>& words,
            const std::map<std::string, double>& rarity, const std::set<std::string>& symptom_grams)
{
  Scored item;
  item.match.entry = entry.ref;
  for (const auto& [meaning, how_rare] : rarity) {
    const double weight = weight_in(entry, meaning);
    item.match.score += how_rare * weight;
    item.named = item.named || weight >= k_weight_name;
  }
  auto& matched = item.match.matched_words;
  for (const auto& word : words) {
    if (weight_in(entry, word.meaning) > 0 &&
        std::find(matched.begin(), matched.end(), word.written) == matched.end()) {
      matched.push_back(word.written);
    }
  }
  item.near = similarity(symptom_grams, trigrams(entry.name_text));
  return item;
}

bool
ranks_before(const Scored& a, const Scored& b)
{
  if (a.match.score != b.match.score) {
    return a.match.score > b.match.score;
  }
  // Among equal matches the debug guide comes first, then the cheat sheet:
  // they are about symptoms, the mistakes about causes.
  if (a.match.score > 0 && a.match.entry.section != b.match.entry.section) {
    return a.match.entry.section < b.match.entry.section;
  }
  if (a.near != b.near) {
    return a.near > b.near;
  }
  return a.order < b.order;
}

// The matches among `ranked` entries, or the closest entries when none matches.
Diagnosis
select(const std::vector<Scored>& ranked)
{
  Diagnosis diagnosis;
  double best = 0; // of the entries that match at all
  for (const auto& item : ranked) {
    if (item.named) {
      best = std::max(best, item.match.score);
    }
  }
  for (const auto& item : ranked) {
    if (item.named && item.match.score >= best * k_keep_fraction && diagnosis.matches.size() < k_max_matches) {
      diagnosis.matches.push_back(item.match);
    }
  }
  if (diagnosis.matches.empty()) {
    for (std::size_t i = 0; i < ranked.size() && i < k_closest; ++i) {
      diagnosis.closest.push_back(ranked[i].match);
    }
  }
  return diagnosis;
}

} // namespace

const char*
to_string(GuideSection section)
{
  switch (section) {
  case GuideSection::debug_guide:
    return "debug guide";
  case GuideSection::cheat_sheet:
    return "cheat sheet";
  case GuideSection::mistakes:
    return "mistakes";
  }
  return "?";
}

std::optional<Diagnosis>
diagnose_symptom(const model::RulePack& pack, std::string_view symptom)
{
  const std::vector<SymptomWord> words = symptom_words(symptom);
  if (words.empty()) {
    return std::nullopt;
  }
  const std::vector<IndexedEntry> index = index_pack(pack);
  std::vector<std::string> meanings;
  for (const auto& word : words) {
    meanings.push_back(word.meaning);
  }
  const auto rarity = rarity_of(meanings, index); // one entry per distinct meaning
  const auto symptom_grams = trigrams(symptom);
  std::vector<Scored> scored;
  for (std::size_t e = 0; e < index.size(); ++e) {
    scored.push_back(score_entry(index[e], words, rarity, symptom_grams));
    scored.back().order = e;
  }
  std::stable_sort(scored.begin(), scored.end(), ranks_before);
  return select(scored);
}

} // namespace framewise::engine
