#pragma once

#include <framewise/engine/result.hpp>
#include <framewise/model/pack.hpp>
#include <framewise/model/profile.hpp>

#include <cstddef>
#include <string>

namespace framewise::report {

// Everything a recommendation report shows.
struct RecommendationView
{
  const model::RulePack& pack;
  const model::Profile& profile;
  const engine::Result& result;
};

// The JSON document of DESIGN.md (schema_version 1), pretty-printed, ending in a
// newline. Deterministic: the same view gives the same bytes.
std::string render_json(const RecommendationView& view);

enum class Color { off, on };

struct TextStyle
{
  Color color = Color::off;
  std::size_t width = 80; // terminal columns to fit
};

// The human report: ranking with the strongest reasons for and against each
// framework, the mistakes that fire with their fixes, and the unanswered
// questions that could change the pick.
std::string render_text(const RecommendationView& view, const TextStyle& style);

} // namespace framewise::report
