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
  SourcePos pos; // where the pack lists it, for lint findings about it

  friend bool operator==(const Option&, const Option&) = default;
};

// An option id as a pack file names it, with where.
struct OptionRef
{
  std::string id;
  SourcePos pos;

  friend bool operator==(const OptionRef&, const OptionRef&) = default;
};

// A question's `alike:` entry: options the pack author says no rule or mistake
// tells apart, on purpose, and why. `framewise rules lint` warns about options
// nothing tells apart unless a group acknowledges them, and about a group whose
// options some rule does tell apart (or that names no option of the question).
struct AlikeOptions
{
  std::vector<OptionRef> options; // two or more, as written: lint checks they exist
  std::string reason;
  SourcePos pos;

  friend bool operator==(const AlikeOptions&, const AlikeOptions&) = default;
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
  std::vector<AlikeOptions> alike; // choice and list
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
