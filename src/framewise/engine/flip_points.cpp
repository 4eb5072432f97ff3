// flip_points: every single-answer change that changes the pick (what_if.hpp).
#include <framewise/engine/what_if_trials.hpp>

#include <algorithm>

namespace framewise::engine {

namespace detail {

std::vector<FlipPoint>
find_flips(const model::RulePack& pack, const model::Answers& answers, const std::vector<Choices>& choices,
           Scorer& scorer)
{
  const std::uint32_t pick = best_of(scorer.base_raw());
  std::vector<FlipPoint> flips;
  for (const auto& entry : choices) {
    for (const auto& change : entry.changes) {
      const AnswerChange* one[] = {&change};
      const std::uint32_t new_pick = best_of(scorer.raw(one));
      if (new_pick == pick) {
        continue;
      }
      // A number keeps only its nearest change to each new pick.
      const bool integer = pack.questions[entry.question].type == model::QuestionType::integer;
      if (integer && std::any_of(flips.begin(), flips.end(), [&](const FlipPoint& flip) {
            return flip.change.question == entry.question && flip.pick == new_pick;
          })) {
        continue;
      }
      double margin = 0;
      if (confirmed(pack, answers, {&change, 1}, new_pick, margin)) {
        flips.push_back({change, new_pick, margin});
      }
    }
  }
  std::stable_sort(flips.begin(), flips.end(), [&](const FlipPoint& a, const FlipPoint& b) {
    if (a.change.size != b.change.size) {
      return a.change.size < b.change.size;
    }
    return !answers[a.change.question].answered && answers[b.change.question].answered;
  });
  return flips;
}

} // namespace detail

std::vector<FlipPoint>
flip_points(const model::RulePack& pack, const model::Answers& answers)
{
  const auto choices = detail::all_choices(pack, answers);
  detail::Scorer scorer(pack, answers);
  return detail::find_flips(pack, answers, choices, scorer);
}

} // namespace framewise::engine
