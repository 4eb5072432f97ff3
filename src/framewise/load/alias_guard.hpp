#pragma once

#include <framewise/load/source_text.hpp>
#include <framewise/model/diagnostic.hpp>

#include <cstddef>
#include <optional>

namespace framewise::load {

// The most nodes YAML aliases (`*name`) may bring into one file. yaml-cpp
// shares an aliased node instead of copying it, but every walk over the
// document visits it once per alias, so nested aliases ("billion laughs")
// would make a 1 KB file cost billions of steps.
inline constexpr std::size_t k_max_alias_expansion = 10000;

// Counts, without building the document, how many nodes the aliases of
// `source` stand for; refuses the text at the alias that goes past
// k_max_alias_expansion. Throws YAML::Exception on malformed YAML, like
// YAML::Load would.
std::optional<model::Diagnostic> check_alias_expansion(const SourceText& source, model::Domain domain);

} // namespace framewise::load
