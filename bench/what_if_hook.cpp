#include "what_if_hook.hpp"

namespace bench {

WhatIfRun
what_if_engine()
{
  // TODO(what-if): wire the what-if search in once this branch meets it.
  // main has it as framewise::engine::what_if in
  // src/framewise/engine/what_if.hpp (merged after this branch started); then
  // add `#include <framewise/engine/what_if.hpp>` above and replace the return
  // below with:
  //   return [](const framewise::model::RulePack& pack, const framewise::model::Answers& answers) {
  //     const auto result = framewise::engine::what_if(pack, answers);
  //     return result.flips.size() + result.paths.size();
  //   };
  // bench/engine_bench.cpp then times it on the built-in pack and on the
  // 20/40/80-question packs; nothing else needs to change.
  return {};
}

} // namespace bench
