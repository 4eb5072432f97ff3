#pragma once

#include <framewise/cli/options.hpp>
#include <framewise/model/diagnostic.hpp>
#include <framewise/model/pack.hpp>

#include <optional>

namespace framewise::cli {

// The rule pack the options ask for: the embedded pack (unless
// --no-builtin-rules) with each --rules DIR layered on top, in order.
std::optional<model::RulePack> load_rule_pack(const GlobalOptions& options,
                                              model::Diagnostics& diagnostics);

} // namespace framewise::cli
