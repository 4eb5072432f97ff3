#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/pack.hpp>

#include <functional>

namespace bench {

// One full what-if search for `answers` (every single change plus the
// up-to-3-change paths), as `recommend --what-if` runs it; returns something
// derived from the result so the optimiser cannot drop the work.
using WhatIfRun = std::function<std::size_t(const framewise::model::RulePack&, const framewise::model::Answers&)>;

// The what-if engine of this build, or an empty function when this build has
// none: engine_bench then prints its rows as "n/a (not in this build)".
WhatIfRun what_if_engine();

} // namespace bench
