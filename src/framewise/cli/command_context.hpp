#pragma once

#include <framewise/cli/options.hpp>
#include <framewise/model/diagnostic.hpp>
#include <framewise/model/pack.hpp>

namespace CLI {
class App;
}

namespace framewise::cli {

// How much of the rule pack a command reads; the command table says it once
// per command (command_table.cpp).
enum class PackUse
{
  none, // never loads it
  // Frameworks, questions, rules, mistakes and the score scale: the built-in
  // pack is decoded without its comparison table, debug guide and cheat sheet
  // (load::PackParts::scoring), a quarter of a cold start saved.
  scoring,
  whole,
};

// What a command runs with besides its own options.
struct CommandContext
{
  const GlobalOptions& global;
  PackUse pack_use = PackUse::whole;
  // Every command declared, for a command that reads the command tree
  // (completion); null when the line was read without CLI11.
  const CLI::App* app = nullptr;

  // The rule pack the global options select, with the parts `pack_use` names
  // (see load_rule_pack); null, the reasons in `diagnostics`, when it does not load.
  const model::RulePack* load_pack(model::Diagnostics& diagnostics) const;
};

} // namespace framewise::cli
