#pragma once

#include <framewise/model/answer.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace framewise::engine {

// A scoring rule that fired, as seen from one framework.
struct Reason
{
  std::uint32_t rule = 0;
  double effect = 0;                    // signed points for this framework
  std::vector<std::uint32_t> questions; // the answers that made it fire
};

struct FrameworkResult
{
  std::uint32_t framework = 0;
  double raw = 0;              // sum of effects
  double score = 0;            // 0-100, unrounded: a share of 100 (engine::to_score)
  std::vector<Reason> reasons; // strongest first (by |effect|, then pack order)
};

// A common mistake that fired.
struct Finding
{
  std::uint32_t mistake = 0;
  // The answers that made it fire, and the unanswered questions whose missing
  // answer did (engine::firing_questions).
  std::vector<std::uint32_t> questions;
};

// An unanswered question, and one answer to it that would change the pick.
struct OpenQuestion
{
  std::uint32_t question = 0;
  std::optional<model::Answer> flip_answer; // nothing: no answer changes the pick
  std::uint32_t flip_pick = 0;              // the pick under `flip_answer`
};

// Whether the pick rests on evidence. A pick that no answer supports, or
// that only the pack's order of frameworks puts first, is no recommendation:
// reports say so and the CI gate refuses to confirm it.
enum class Decision : std::uint8_t
{
  decided,          // the pick leads on raw points that some answer moved
  nothing_answered, // no answer given moves any score (an empty profile, say)
  tie               // answers move the scores, but the first two tie on raw points
};

struct Result
{
  std::vector<FrameworkResult> ranking; // every framework, best first
  double margin = 0;                    // score of first minus score of second, unrounded (margin_of)
  std::vector<Finding> findings;        // in pack order
  std::vector<OpenQuestion> unanswered; // in questionnaire order
  // Last, with a default, so a Result built by hand (tests) is decided.
  Decision decision = Decision::decided; // see decision_of in evaluate.hpp
};

} // namespace framewise::engine
