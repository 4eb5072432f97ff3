#pragma once

#include <framewise/model/source_pos.hpp>

#include <cstdint>
#include <limits>
#include <vector>

namespace framewise::model {

enum class Op : std::uint8_t
{
  all,       // every child holds
  any,       // at least one child holds
  not_,      // the single child does not hold
  eq,        // boolean, integer or choice answer equals `number`
  ne,        // boolean, integer or choice answer differs from `number`
  lt,        // integer answer < value
  lte,       // integer answer <= value
  gt,        // integer answer > value
  gte,       // integer answer >= value
  in,        // choice answer is one of the options in `mask`
  contains,  // list answer has every item in `mask`
  set_eq,    // list answer is exactly the items in `mask`
  set_ne,    // list answer is not exactly the items in `mask`
  answered,  // the question has an answer (never unknown)
  unanswered // the question has no answer (never unknown)
};

// The subject of a comparison: a question index, or the engine's own pick,
// which only mistake rules may read because it exists only after ranking.
inline constexpr std::uint32_t k_subject_recommendation = std::numeric_limits<std::uint32_t>::max();

// One node of a compiled condition. Nodes are stored in pre-order: the children
// of a node start right after it, and `subtree_size` (the node plus all its
// descendants) lets evaluation skip from one child to the next with no pointers.
struct ConditionNode
{
  Op op = Op::all;
  std::uint32_t subject = 0; // question index or k_subject_recommendation
  std::uint32_t subtree_size = 1;
  std::int64_t number = 0; // eq/ne/lt/...: compared with Answer::value
  std::uint64_t mask = 0;  // in, contains, set_eq, set_ne
  SourcePos pos;

  friend bool operator==(const ConditionNode&, const ConditionNode&) = default;
};

// A rule's `when:`. An empty condition always holds.
struct Condition
{
  std::vector<ConditionNode> nodes;

  friend bool operator==(const Condition&, const Condition&) = default;
};

// Kleene three-valued truth: a comparison on an unanswered question is
// `unknown`, and a rule fires only when its condition is definitely `yes`.
// This is what makes a missing answer neutral, even under `not`.
enum class Truth : std::uint8_t
{
  no,
  yes,
  unknown
};

} // namespace framewise::model
