#pragma once

#include <framewise/model/pack.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace framewise::engine {

// Which options of a choice or list question the pack tells apart. Two options
// are told apart when some rule or mistake fires for one answer and not for
// the other, everything else equal (for a list: the same other items, with one
// option in place of the other).
struct OptionDistinction
{
  std::size_t count = 0; // the question's options
  // by[a * count + b] (and [b * count + a]): the first item that tells
  // options a and b apart, as "rule 'id'" or "mistake 'id'"; empty if none.
  std::vector<std::string> by;

  const std::string&
  told_apart_by(std::size_t a, std::size_t b) const
  {
    return by[a * count + b];
  }
};

// Decided over the condition trees, not their text. A condition can tell two
// options apart only if one of its comparisons on the question takes them
// differently (`eq`/`ne` naming one of them, a set holding one of them); when
// none does, swapping the two answers changes no comparison, so the condition
// cannot tell them apart. When one does, the other answers the condition reads
// are tried as `framewise rules lint` tries them (lint_candidates.hpp), with
// the pick for mistakes, to see whether it fires differently for some of them:
// `any` and `all` can hide a comparison that separates two options. Past a
// bound of evaluations a condition that separates them is taken to tell them
// apart, so lint never warns for want of trying. Pure.
OptionDistinction distinguish_options(const model::RulePack& pack, std::uint32_t question);

// The options nothing tells apart, as groups of two or more option indexes in
// option order: each option joins the first group whose every member it is
// alike with.
std::vector<std::vector<std::uint32_t>> alike_groups(const OptionDistinction& distinction);

} // namespace framewise::engine
