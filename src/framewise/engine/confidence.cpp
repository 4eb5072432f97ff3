#include <framewise/engine/confidence.hpp>

namespace framewise::engine {

Confidence
confidence_of(double margin, std::size_t one_answer_flips)
{
  if (margin < k_toss_up_margin || (margin < k_clear_margin && one_answer_flips >= 2)) {
    return Confidence::toss_up;
  }
  if (margin >= k_clear_margin && one_answer_flips == 0) {
    return Confidence::clear;
  }
  return Confidence::lean;
}

const char*
to_string(Confidence confidence)
{
  switch (confidence) {
  case Confidence::clear:
    return "clear";
  case Confidence::lean:
    return "lean";
  case Confidence::toss_up:
    return "toss-up";
  }
  return "lean";
}

} // namespace framewise::engine
