#include <framewise/model/boolean_words.hpp>

#include <algorithm>

namespace framewise::model {

namespace {

bool
iequals(std::string_view a, std::string_view b)
{
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

} // namespace

std::optional<bool>
boolean_word(std::string_view word)
{
  const auto is = [&](std::string_view candidate) { return iequals(word, candidate); };
  if (std::any_of(k_true_words.begin(), k_true_words.end(), is)) {
    return true;
  }
  if (std::any_of(k_false_words.begin(), k_false_words.end(), is)) {
    return false;
  }
  return std::nullopt;
}

} // namespace framewise::model
