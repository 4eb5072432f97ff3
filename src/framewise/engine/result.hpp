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
  double raw = 0;               // sum of effects
  double score = 0;             // 0-100, see to_score
  std::vector<Reason> reasons;  // strongest first (by |effect|, then pack order)
};

// A common mistake that fired.
struct Finding
{
  std::uint32_t mistake = 0;
  std::vector<std::uint32_t> questions; // the answers that made it fire
};

// An unanswered question, and one answer to it that would change the pick.
struct OpenQuestion
{
  std::uint32_t question = 0;
  std::optional<model::Answer> flip_answer; // nothing: no answer changes the pick
  std::uint32_t flip_pick = 0;              // the pick under `flip_answer`
};

struct Result
{
  std::vector<FrameworkResult> ranking;  // every framework, best first
  double margin = 0;                     // score of first minus score of second
  std::vector<Finding> findings;         // in pack order
  std::vector<OpenQuestion> unanswered;  // in questionnaire order
};

} // namespace framewise::engine
