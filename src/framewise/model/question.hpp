#pragma once

#include <framewise/model/source_pos.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace framewise::model {

enum class QuestionType
{
  choice,
  boolean,
  integer,
  list
};

// A list question holds at most this many distinct known options, because an
// answer stores its items as bits of one 64-bit word.
inline constexpr std::size_t k_max_list_options = 64;

// A free-text item of an open list (one no option names) is 1 to this many
// characters (code points), in a profile and at the prompt.
inline constexpr std::size_t k_max_free_item_chars = 64;

struct Option
{
  std::string id;
  std::string label;

  friend bool operator==(const Option&, const Option&) = default;
};

struct Question
{
  std::string id;
  std::string prompt;
  std::string help;
  std::string source;
  QuestionType type = QuestionType::boolean;
  std::vector<Option> options; // choice and list
  bool open_list = false;      // list: items outside `options` are accepted
  std::int64_t min = 0;        // integer
  std::int64_t max = std::numeric_limits<std::int64_t>::max();
  SourcePos pos;

  // Index of option `id`, or -1 when there is none.
  int
  option_index(std::string_view option_id) const
  {
    for (std::size_t i = 0; i < options.size(); ++i) {
      if (options[i].id == option_id) {
        return static_cast<int>(i);
      }
    }
    return -1;
  }

  friend bool operator==(const Question&, const Question&) = default;
};

const char* to_string(QuestionType type);

} // namespace framewise::model
