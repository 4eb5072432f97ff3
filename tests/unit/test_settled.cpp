#include "helpers.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>
#include <framewise/engine/settled.hpp>

#include <random>
#include <string>
#include <vector>

namespace {

const std::string k_two_pack = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - {id: lead, prompt: p, help: h, type: boolean, source: s}
  - {id: rescue, prompt: p, help: h, type: boolean, source: s}
  - {id: boost, prompt: p, help: h, type: boolean, source: s}
rules:
  - {id: lead, when: {q: lead, eq: true}, effects: {alpha: 3}, reason: x, source: s}
  - {id: rescue, when: {q: rescue, eq: true}, effects: {beta: 5}, reason: x, source: s}
  - {id: boost, when: {q: boost, eq: true}, effects: {alpha: 4, beta: -1}, reason: x, source: s}
)";

const std::string k_tie_pack = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - {id: beta_lead, prompt: p, help: h, type: boolean, source: s}
  - {id: alpha_lead, prompt: p, help: h, type: boolean, source: s}
  - {id: even, prompt: p, help: h, type: boolean, source: s}
  - {id: even_beta, prompt: p, help: h, type: boolean, source: s}
  - {id: nudge, prompt: p, help: h, type: boolean, source: s}
rules:
  - {id: beta-lead, when: {q: beta_lead, eq: true}, effects: {beta: 3}, reason: x, source: s}
  - {id: alpha-lead, when: {q: alpha_lead, eq: true}, effects: {alpha: 3}, reason: x, source: s}
  - {id: even, when: {q: even, eq: true}, effects: {alpha: 3}, reason: x, source: s}
  - {id: even-beta, when: {q: even_beta, eq: true}, effects: {beta: 3}, reason: x, source: s}
  - {id: nudge, when: {q: nudge, eq: true}, effects: {beta: 1}, reason: x, source: s}
)";

const std::string k_presence_pack = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - {id: base, prompt: p, help: h, type: boolean, source: s}
  - {id: silent, prompt: p, help: h, type: boolean, source: s}
rules:
  - {id: base, when: {q: base, eq: true}, effects: {beta: 1}, reason: x, source: s}
  - {id: silent, when: {q: silent, answered: false}, effects: {alpha: 2}, reason: x, source: s}
)";

// pending[q] for the named questions of `pack`, false for every other.
std::vector<bool>
pending_of(const framewise::model::RulePack& pack, std::initializer_list<const char*> ids)
{
  std::vector<bool> pending(pack.questions.size(), false);
  for (const char* id : ids) {
    const int q = pack.question_index(id);
    REQUIRE(q >= 0);
    pending[static_cast<std::size_t>(q)] = true;
  }
  return pending;
}

} // namespace

TEST_SUITE("engine::pick_is_settled")
{
  TEST_CASE("nothing answered is never settled")
  {
    const auto& pack = test::builtin_pack();
    const framewise::model::Answers none(pack.questions.size());
    CHECK_FALSE(framewise::engine::pick_is_settled(pack, none, std::vector<bool>(pack.questions.size(), true)));
  }

  TEST_CASE("a pending question that can overturn the pick is not settled; once answered, it is")
  {
    // alpha leads by 3 through `lead`; `rescue: true` would give beta 5.
    const auto pack = test::pack_from(k_two_pack);
    const auto profile = test::profile_from(pack, "answers: {lead: true}\n");
    CHECK(framewise::engine::top_pick(pack, profile.answers) == 0);
    CHECK_FALSE(framewise::engine::pick_is_settled(pack, profile.answers, pending_of(pack, {"rescue"})));
    // Nothing pending: the answers are final, whatever they are.
    CHECK(framewise::engine::pick_is_settled(pack, profile.answers, pending_of(pack, {})));
    // Answered either way, nothing is left to change the pick.
    for (const char* rescue : {"true", "false"}) {
      CAPTURE(rescue);
      const auto answered = test::profile_from(pack, std::string("answers: {lead: true, rescue: ") + rescue + "}\n");
      CHECK(framewise::engine::pick_is_settled(pack, answered.answers, pending_of(pack, {})));
    }
    // A pending question that only helps the leader does not unsettle it.
    CHECK(framewise::engine::pick_is_settled(pack, profile.answers, pending_of(pack, {"boost"})));
  }

  TEST_CASE("an exact tie the earlier-listed challenger can reach is not settled")
  {
    // beta (listed second) leads 3 to 0; `even: true` gives alpha exactly 3,
    // and on a tie the framework listed first wins, so answering `even`
    // changes the pick.
    const auto pack = test::pack_from(k_tie_pack);
    const auto profile = test::profile_from(pack, "answers: {beta_lead: true}\n");
    REQUIRE(framewise::engine::top_pick(pack, profile.answers) == 1);
    const auto tied = test::profile_from(pack, "answers: {beta_lead: true, even: true}\n");
    REQUIRE(framewise::engine::top_pick(pack, tied.answers) == 0);
    CHECK_FALSE(framewise::engine::pick_is_settled(pack, profile.answers, pending_of(pack, {"even"})));
  }

  TEST_CASE("an exact tie the later-listed challenger can reach leaves the pick settled")
  {
    // alpha (listed first) leads 3 to 0; `even_beta: true` gives beta exactly
    // 3: a tie, which alpha keeps.
    const auto pack = test::pack_from(k_tie_pack);
    const auto profile = test::profile_from(pack, "answers: {alpha_lead: true}\n");
    REQUIRE(framewise::engine::top_pick(pack, profile.answers) == 0);
    const auto tied = test::profile_from(pack, "answers: {alpha_lead: true, even_beta: true}\n");
    REQUIRE(framewise::engine::top_pick(pack, tied.answers) == 0);
    CHECK(framewise::engine::pick_is_settled(pack, profile.answers, pending_of(pack, {"even_beta"})));
    // One point more than a tie unsettles it.
    CHECK_FALSE(framewise::engine::pick_is_settled(pack, profile.answers, pending_of(pack, {"even_beta", "nudge"})));
  }

  TEST_CASE("a rule that fires while a question is unanswered is open until it is asked")
  {
    // `silent` unanswered gives alpha 2 through `answered: false`; answering it
    // takes that away, and then beta's 1 point wins.
    const auto pack = test::pack_from(k_presence_pack);
    const auto profile = test::profile_from(pack, "answers: {base: true}\n");
    REQUIRE(framewise::engine::top_pick(pack, profile.answers) == 0);
    CHECK_FALSE(framewise::engine::pick_is_settled(pack, profile.answers, pending_of(pack, {"silent"})));
    // Left unanswered for good (not pending), the rule's truth is final.
    CHECK(framewise::engine::pick_is_settled(pack, profile.answers, pending_of(pack, {})));
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
