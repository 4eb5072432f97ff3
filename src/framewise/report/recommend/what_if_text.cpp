#include <framewise/report/recommend/what_if_text.hpp>
#include <framewise/report/recommend/wording.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::report {

namespace {

// The text lists this many flip points; JSON lists them all.
constexpr std::size_t k_flips_shown = 10;

} // namespace

std::string
what_if_text(const RecommendationView& view, const TextStyle& style, std::size_t width)
{
  std::string out = fmt::format("\n{}\n", paint("What would change the pick", "1", style.color));
  const auto& flips = *view.flips;
  if (flips.empty()) {
    out += "  No single answer changes the pick.\n";
  } else {
    out += fmt::format("  One answer away ({}), smallest change first:\n", flips.size());
    const std::size_t shown = std::min(flips.size(), k_flips_shown);
    std::vector<std::string> changes;
    std::vector<std::string> picks;
    std::size_t change_columns = 0;
    std::size_t pick_columns = 0;
    for (std::size_t i = 0; i < shown; ++i) {
      changes.push_back(change_text(view, flips[i].change));
      picks.push_back(fmt::format("{}, {}", view.pack.frameworks[flips[i].pick].name, lead_text(flips[i].margin)));
      change_columns = std::max(change_columns, display_width(changes.back()));
      pick_columns = std::max(pick_columns, display_width(picks.back()));
    }
    const std::size_t number_columns = shown >= 10 ? 3 : 2;
    // Two columns when every row fits the width, else the pick under each change.
    const bool two_columns = 4 + number_columns + 2 + change_columns + 3 + pick_columns <= width;
    for (std::size_t i = 0; i < shown; ++i) {
      const std::string number = fmt::format("{:>{}}.", i + 1, number_columns);
      if (two_columns) {
        out += fmt::format("    {} {}   {}\n", number, pad_right(changes[i], change_columns), picks[i]);
      } else {
        out += fmt::format("    {} {}\n", number, changes[i]);
        out += fmt::format("    {}  -> {}\n", std::string(number_columns, ' '), picks[i]);
      }
    }
    if (flips.size() > shown) {
      out += fmt::format("    and {} more (--format json lists them all)\n", flips.size() - shown);
    }
  }
  if (view.paths == nullptr || view.paths->empty()) {
    return out;
  }
  out += "  Fewest changes that make each other framework first:\n";
  for (const auto& path : *view.paths) {
    const std::string& name = view.pack.frameworks[path.framework].name;
    if (!path.found) {
      append_paragraph(out, fmt::format("{}: no set of up to {} changes does", name, engine::k_max_path_changes), 4,
                       width);
      continue;
    }
    append_paragraph(out,
                     fmt::format("{}: {} change{}, then {}", name, path.changes.size(),
                                 path.changes.size() == 1 ? "" : "s", lead_text(path.margin)),
                     4, width);
    for (const auto& change : path.changes) {
      append_paragraph(out, change_text(view, change), 6, width);
    }
  }
  return out;
}

} // namespace framewise::report
