#include "what_if_hook.hpp"

#include <framewise/engine/what_if.hpp>

namespace bench {

WhatIfRun
what_if_engine()
{
  return [](const framewise::model::RulePack& pack, const framewise::model::Answers& answers) {
    const auto result = framewise::engine::what_if(pack, answers);
    return result.flips.size() + result.paths.size();
  };
}

} // namespace bench
