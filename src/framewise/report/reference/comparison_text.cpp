#include <framewise/report/reference/comparison_groups.hpp>
#include <framewise/report/reference/comparison_report.hpp>
#include <framewise/report/text_table.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::report {

namespace {

// The widest a table is drawn: past this, rows are easier to read wrapped.
constexpr std::size_t k_max_table_width = 200;

// Each row as the feature, then one line per framework, for narrow terminals.
std::string
stacked_rows(const model::RulePack& pack, const Group& group, std::size_t width, Color color)
{
  std::size_t name_width = 0;
  for (const auto& framework : pack.frameworks) {
    name_width = std::max(name_width, framework.name.size() + 1);
  }
  std::string out;
  for (const auto* row : group.rows) {
    out += out.empty() ? "" : "\n";
    out += paint(row->feature, "1", color) + "\n";
    for (std::size_t f = 0; f < pack.frameworks.size() && f < row->values.size(); ++f) {
      out += labelled(fmt::format("{:<{}}", pack.frameworks[f].name + ":", name_width), row->values[f], 2, width);
    }
  }
  return out;
}

} // namespace

std::string
render_comparison_text(const model::RulePack& pack, const TextStyle& style)
{
  const std::size_t width = std::clamp(style.width, std::size_t{40}, k_max_table_width);
  const std::size_t prose = prose_width(style);
  // Widths from every row, so the groups' tables line up with each other.
  TextTable all{header_of(pack), {}};
  for (const auto& row : pack.comparison) {
    all.rows.push_back(cells_of(row));
  }
  const std::vector<std::size_t> widths = text_table_widths(all, width);
  // Too narrow for a table without cutting words: one framework per line.
  const bool stacked = cuts_words(all, widths);
  std::string out;
  for (const auto& group : groups_of(pack)) {
    if (!out.empty()) {
      out += "\n";
    }
    out += paint(group_title(group.id), "1;4", style.color) + "\n\n";
    TextTable table{header_of(pack), {}};
    for (const auto* row : group.rows) {
      table.rows.push_back(cells_of(*row));
    }
    if (stacked) {
      out += stacked_rows(pack, group, prose, style.color);
    } else {
      out += render_text_table(table, widths, style.color);
    }
    out += "\n";
    for (const auto* row : group.rows) {
      if (!row->note.empty()) {
        out += bulleted(fmt::format("{}: {}", row->feature, row->note), 0, prose);
      }
    }
    out += indented(sources_line(group), 0, prose);
  }
  if (pack.comparison.empty()) {
    out = "The rule pack has no comparison rows.\n";
  }
  return out;
}

} // namespace framewise::report
