#pragma once

#include <cstddef>

namespace framewise::engine {

// How sure the pick is, in plain words, shared by every report and by the CI
// gate so that "clear" means the same thing everywhere.
enum class Confidence
{
  clear,
  lean,
  toss_up
};

// Score points (0-100 scale) between first and second. Below the toss-up
// margin one ordinary rule moves the pick; at or above the clear margin it
// takes several answers at once.
inline constexpr double k_toss_up_margin = 5.0;
inline constexpr double k_clear_margin = 15.0;

// `one_answer_flips`: how many single-answer changes (to any question) would
// change the top pick. A wide margin that one answer can overturn is not clear.
Confidence confidence_of(double margin, std::size_t one_answer_flips);

// "clear", "lean" or "toss-up".
const char* to_string(Confidence confidence);

} // namespace framewise::engine
