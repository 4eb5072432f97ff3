#pragma once

#include <cstdint>
#include <vector>

namespace framewise::model {

// One answer in the engine's form: a flat value with no strings, so scoring can
// copy, compare and evaluate answers without allocating. By question type:
//   boolean -> `value` 0 or 1; integer -> `value`; choice -> `value` is the
//   option index; list -> `items` (bit i set = option i chosen) and
//   `item_count`, which also counts free-form items of an open list.
struct Answer
{
  bool answered = false;
  std::int64_t value = 0;
  std::uint64_t items = 0;
  std::uint32_t item_count = 0;

  friend bool operator==(const Answer&, const Answer&) = default;
};

// Answers indexed by question index (RulePack::questions order).
using Answers = std::vector<Answer>;

} // namespace framewise::model
