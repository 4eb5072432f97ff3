#include "helpers.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>
#include <framewise/engine/settled.hpp>

#include <random>

TEST_SUITE("engine::pick_is_settled")
{
  TEST_CASE("nothing answered is never settled")
  {
    const auto& pack = test::builtin_pack();
    const framewise::model::Answers none(pack.questions.size());
    CHECK_FALSE(framewise::engine::pick_is_settled(pack, none, std::vector<bool>(pack.questions.size(), true)));
  }

  TEST_CASE("everything answered is settled")
  {
    const auto& pack = test::builtin_pack();
    const auto profile = test::profile_from(pack, "answers: {project_kind: api}\n");
    CHECK(framewise::engine::pick_is_settled(pack, profile.answers, std::vector<bool>(pack.questions.size(), false)));
  }

  TEST_CASE("a settled claim holds for every way of answering the rest (random check)")
  {
    // Answer a random prefix of the questionnaire; when the rest is declared
    // settled, answer or skip the rest at random many times and check the pick.
    const auto& pack = test::builtin_pack();
    std::mt19937 random(20261125);
    std::size_t claims = 0;
    for (int trial = 0; trial < 400; ++trial) {
      framewise::model::Answers answers(pack.questions.size());
      const auto random_answer = [&](std::uint32_t q) {
        const auto candidates = framewise::engine::candidate_answers(pack, q);
        std::uniform_int_distribution<std::size_t> pick(0, candidates.size()); // == size: unanswered
        const std::size_t at = pick(random);
        return at < candidates.size() ? candidates[at] : framewise::model::Answer{};
      };
      const std::size_t prefix = std::uniform_int_distribution<std::size_t>(0, pack.questions.size())(random);
      std::vector<bool> pending(pack.questions.size(), false);
      for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
        if (q < prefix) {
          answers[q] = random_answer(q);
        } else {
          pending[q] = true;
        }
      }
      if (!framewise::engine::pick_is_settled(pack, answers, pending)) {
        continue;
      }
      ++claims;
      const std::uint32_t pick = framewise::engine::top_pick(pack, answers);
      for (int completion = 0; completion < 50; ++completion) {
        framewise::model::Answers completed = answers;
        for (std::uint32_t q = static_cast<std::uint32_t>(prefix); q < pack.questions.size(); ++q) {
          completed[q] = random_answer(q);
        }
        REQUIRE(framewise::engine::top_pick(pack, completed) == pick);
      }
    }
    CHECK(claims > 10); // the check above must have had claims to test
  }
}
