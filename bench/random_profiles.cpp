#include "random_profiles.hpp"

#include <framewise/engine/evaluate.hpp>

#include <algorithm>
#include <bit>
#include <random>

namespace bench {

namespace model = framewise::model;

std::vector<model::Answers>
random_profiles(const model::RulePack& pack, std::size_t count, std::uint64_t seed)
{
  std::mt19937_64 random(seed);
  // Per question, the answers worth trying (thresholds for integers): drawing
  // from them half the time makes rules fire as often as real profiles do.
  std::vector<std::vector<model::Answer>> candidates;
  for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
    candidates.push_back(framewise::engine::candidate_answers(pack, q));
  }
  std::vector<model::Answers> profiles(count, model::Answers(pack.questions.size()));
  for (auto& answers : profiles) {
    for (std::size_t q = 0; q < answers.size(); ++q) {
      if (random() % 5 == 0) {
        continue; // unanswered
      }
      const model::Question& question = pack.questions[q];
      model::Answer& answer = answers[q];
      answer.answered = true;
      switch (question.type) {
      case model::QuestionType::boolean:
        answer.value = static_cast<std::int64_t>(random() % 2);
        break;
      case model::QuestionType::choice:
        answer.value = static_cast<std::int64_t>(random() % question.options.size());
        break;
      case model::QuestionType::integer:
        if (!candidates[q].empty() && random() % 2 == 0) {
          answer = candidates[q][random() % candidates[q].size()];
        } else {
          const std::int64_t span = std::min<std::int64_t>(question.max - question.min, 100000);
          answer.value = question.min + static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(span + 1));
        }
        break;
      case model::QuestionType::list:
        for (std::size_t i = 0; i < question.options.size(); ++i) {
          if (random() % 3 == 0) {
            answer.items |= std::uint64_t{1} << i;
          }
        }
        answer.item_count = static_cast<std::uint32_t>(std::popcount(answer.items));
        break;
      }
    }
  }
  return profiles;
}

} // namespace bench
