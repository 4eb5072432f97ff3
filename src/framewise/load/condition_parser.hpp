#pragma once

#include <framewise/load/yaml_reader.hpp>
#include <framewise/model/condition.hpp>
#include <framewise/model/pack.hpp>

#include <optional>

namespace framewise::load {

// Whether a condition may read the engine's pick (`q: recommendation`). Only
// mistake rules may: scoring rules produce the pick, so they cannot depend on it.
enum class RecommendationAccess
{
  allowed,
  forbidden
};

// A condition is refused when it holds more nodes than this, which also stops
// YAML aliases from multiplying a small file into a huge condition.
inline constexpr std::size_t k_max_condition_nodes = 256;

// Compiles a `when:` node against the questions and frameworks of `pack`.
// The language:
//   {all: [C, ...]}  {any: [C, ...]}  {not: C}
//   {q: QUESTION, OP: VALUE} with OP one of eq, ne, lt, lte, gt, gte, in,
//   contains, answered (true/false).
// Every name is checked: an unknown question, option or framework, or an
// operator that does not fit the question's type, is reported at its position.
// Returns nothing when anything was reported.
std::optional<model::Condition> compile_condition(YamlReader& reader, YamlNode node, const model::RulePack& pack,
                                                  RecommendationAccess access);

} // namespace framewise::load
