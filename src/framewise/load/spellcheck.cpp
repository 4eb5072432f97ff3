#include <framewise/load/spellcheck.hpp>

#include <algorithm>

namespace framewise::load {

std::size_t
edit_distance(std::string_view a, std::string_view b)
{
  // Optimal string alignment distance over three rolling rows.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) {
    previous[j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

namespace {

// True when every character of `word` appears in `candidate` in order ("ge" in "gte").
bool
is_subsequence(std::string_view word, std::string_view candidate)
{
  std::size_t at = 0;
  for (const char c : candidate) {
    if (at < word.size() && word[at] == c) {
      ++at;
    }
  }
  return at == word.size();
}

} // namespace

std::string
closest_match(std::string_view word, const std::vector<std::string>& candidates)
{
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  std::string best;
  std::size_t best_distance = allowed + 1;
  bool best_keeps_letters = false;
  for (const auto& candidate : candidates) {
    // The distance is at least the difference in length: skip the table for
    // candidates that cannot be close (most of them, for a long or odd word).
    const std::size_t length_gap =
      word.size() > candidate.size() ? word.size() - candidate.size() : candidate.size() - word.size();
    if (length_gap > allowed) {
      continue;
    }
    const std::size_t distance = edit_distance(word, candidate);
    // On a tie, prefer a candidate that keeps the typed letters in order: for
    // "ge", "gte" (a letter left out) rather than "ne" (a letter changed).
    const bool keeps_letters = is_subsequence(word, candidate);
    if (distance < best_distance || (distance == best_distance && keeps_letters && !best_keeps_letters)) {
      best_distance = distance;
      best = candidate;
      best_keeps_letters = keeps_letters;
    }
  }
  return best;
}

std::string
folded_name(std::string_view name)
{
  std::string out(name);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

} // namespace framewise::load
