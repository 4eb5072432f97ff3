#pragma once

#include <framewise/engine/pack_lint.hpp>

#include <vector>

namespace framewise::engine {

// The checks of lint_pack on options that nothing tells apart
// (option_distinction.hpp), for every choice and list question that some rule
// or mistake reads (`questions_read`; the others have question-never-read):
//  - options-alike: a group of options no rule or mistake tells apart, unless
//    one `alike:` entry of the question holds the whole group;
//  - alike-told-apart: an `alike:` entry two of whose options some rule or
//    mistake does tell apart (it no longer says what the rules do);
//  - alike-unknown-option: an `alike:` entry naming no option of the question.
// All warnings, appended to `out` in question order.
void lint_alike_options(const model::RulePack& pack, const std::vector<bool>& questions_read,
                        std::vector<LintProblem>& out);

} // namespace framewise::engine
