#include <framewise/report/detail_text.hpp>
#include <framewise/report/explain_format.hpp>
#include <framewise/report/terminal_text.hpp>
#include <framewise/report/text_block.hpp>

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
    std::size_t columns = 0;
    for (std::size_t i = 0; i < shown; ++i) {
      changes.push_back(change_text(view, flips[i].change));
      columns = std::max(columns, display_width(changes.back()));
    }
    const std::size_t number_columns = shown >= 10 ? 3 : 2;
    for (std::size_t i = 0; i < shown; ++i) {
      const std::string pick = fmt::format("{}, {}", view.pack.frameworks[flips[i].pick].name, lead_text(flips[i].margin));
      const std::string number = fmt::format("{:>{}}.", i + 1, number_columns);
      // Two columns when they fit the width, else the pick on its own line.
      if (4 + number_columns + 1 + columns + 3 + display_width(pick) <= width) {
        out += fmt::format("    {} {}   {}\n", number, pad_right(changes[i], columns), pick);
      } else {
        append_paragraph(out, fmt::format("{} {}", number, changes[i]), 4, width);
        out += fmt::format("    {}  -> {}\n", std::string(number_columns, ' '), pick);
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
                     fmt::format("{}: {} change{}, then {}",
                                 name,
                                 path.changes.size(),
                                 path.changes.size() == 1 ? "" : "s",
                                 lead_text(path.margin)),
                     4,
                     width);
    for (const auto& change : path.changes) {
      append_paragraph(out, change_text(view, change), 6, width);
    }
  }
  return out;
}

} // namespace framewise::report
