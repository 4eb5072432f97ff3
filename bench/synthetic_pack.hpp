#pragma once

#include <cstddef>
#include <string>

namespace bench {

// A rule pack in YAML with `questions` questions (all four types in turn), the
// built-in pack's proportions of rules (about 2.2 per question, conditions of
// one to three comparisons) and mistakes (one per three questions, half of them
// reading the pick), for measuring how evaluation grows with the pack.
// Deterministic: the same size always gives the same text.
std::string synthetic_pack_yaml(std::size_t questions);

} // namespace bench
