#include <framewise/engine/scoring.hpp>
#include <framewise/report/recommend/score_bars.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace framewise::report {

namespace {

// Columns beside the bar: the trailing gap such as " -44.8".
constexpr std::size_t k_gap_columns = 8;

// Left partial blocks, one to seven eighths of a cell.
constexpr std::array<std::string_view, 8> k_eighths = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

std::string
bar(double score, std::size_t cells, Glyphs glyphs)
{
  const double filled = std::clamp(score, 0.0, 100.0) / 100.0 * static_cast<double>(cells);
  if (glyphs == Glyphs::ascii) {
    return std::string(static_cast<std::size_t>(std::lround(filled)), '#');
  }
  auto eighths = static_cast<std::size_t>(std::lround(filled * 8.0));
  std::string out;
  for (; eighths >= 8; eighths -= 8) {
    out += "█";
  }
  out += k_eighths[eighths];
  return out;
}

} // namespace

std::string
score_bars(const RecommendationView& view, const TextStyle& style, std::size_t width)
{
  std::size_t name_columns = 0;
  for (const auto& framework : view.pack.frameworks) {
    name_columns = std::max(name_columns, display_width(framework.name));
  }
  const std::size_t prefix = 2 + name_columns + 1 + 5 + 2;
  const std::size_t cells = width > prefix + k_gap_columns + 10 ? width - prefix - k_gap_columns : 10;
  std::string out;
  const auto& ranking = view.result.ranking;
  for (std::size_t i = 0; i < ranking.size(); ++i) {
    const auto& entry = ranking[i];
    const std::string name = pad_right(view.pack.frameworks[entry.framework].name, name_columns);
    std::string line = fmt::format("  {} {:5.1f}  {}", name, engine::shown(entry.score),
                                   paint(bar(entry.score, cells, style.glyphs), i == 0 ? "32" : "2", style.color));
    if (i > 0) {
      // Tied means equal raw totals; a real lead shows even when it rounds to 0.0.
      const double gap = engine::shown(ranking[0].score - entry.score);
      line += ranking[0].raw == entry.raw ? std::string(" tied") : fmt::format(" -{:.1f}", gap);
    }
    out += line + "\n";
  }
  return out;
}

} // namespace framewise::report
