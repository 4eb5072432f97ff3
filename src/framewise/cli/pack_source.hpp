#pragma once

#include <framewise/cli/options.hpp>
#include <framewise/load/pack_blob.hpp>
#include <framewise/model/diagnostic.hpp>
#include <framewise/model/pack.hpp>

namespace framewise::cli {

// The rule pack the options ask for: the embedded pack (unless
// --no-builtin-rules) with each --rules DIR layered on top, in order; null
// when it does not load. With PackParts::scoring the built-in pack alone is
// decoded without its comparison table, debug guide and cheat sheet
// (load/pack_blob.hpp); a pack from --rules is always whole. A command loads one pack per process, and that pack
// is kept until the process ends and never destroyed: freeing its ~700
// allocations one by one just before exit took 3% of a cold recommend, and the
// memory is reachable through a static, so leak checkers do not count it.
const model::RulePack* load_rule_pack(const GlobalOptions& options, model::Diagnostics& diagnostics,
                                      load::PackParts parts = load::PackParts::all);

} // namespace framewise::cli
