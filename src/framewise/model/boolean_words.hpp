#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace framewise::model {

// The one set of words for a yes/no answer, in a profile (YAML or JSON) and at
// the questionnaire's prompt alike, compared without regard to case. JSON's
// own true and false are the first of each list.
inline constexpr std::array<std::string_view, 4> k_true_words{"true", "yes", "y", "on"};
inline constexpr std::array<std::string_view, 4> k_false_words{"false", "no", "n", "off"};

// "true, yes, y or on for yes; false, no, n or off for no (any case)": for
// messages and help, so they always list the set the code accepts.
inline constexpr std::string_view k_boolean_words_text =
  "true, yes, y or on for yes; false, no, n or off for no (any case)";

// The value `word` names, or nothing when it is not one of the words.
std::optional<bool> boolean_word(std::string_view word);

} // namespace framewise::model
