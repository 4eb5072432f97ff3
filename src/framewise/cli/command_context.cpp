#include <framewise/cli/command_context.hpp>
#include <framewise/cli/pack_source.hpp>

#include <stdexcept>

namespace framewise::cli {

const model::RulePack*
CommandContext::load_pack(model::Diagnostics& diagnostics) const
{
  if (pack_use == PackUse::none) {
    throw std::logic_error("a command the command table says reads no rule pack asked for it");
  }
  return load_rule_pack(global, diagnostics,
                        pack_use == PackUse::scoring ? load::PackParts::scoring : load::PackParts::all);
}

} // namespace framewise::cli
