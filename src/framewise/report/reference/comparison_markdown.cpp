#include <framewise/report/markdown_toolkit.hpp>
#include <framewise/report/reference/comparison_groups.hpp>
#include <framewise/report/reference/comparison_report.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

std::string
render_comparison_markdown(const model::RulePack& pack)
{
  std::vector<std::string> names;
  for (const auto& framework : pack.frameworks) {
    names.push_back(framework.name);
  }
  // "FastAPI, Flask and Django compared"
  std::string title = names.empty() ? "" : names.back();
  if (names.size() > 1) {
    title = fmt::format("{} and {}", fmt::join(names.begin(), names.end() - 1, ", "), names.back());
  }
  std::string out = fmt::format("# {} compared\n", title);
  for (const auto& group : groups_of(pack)) {
    out += fmt::format("\n## {}\n\n", group_title(group.id));
    std::vector<std::vector<std::string>> rows;
    for (const auto* row : group.rows) {
      rows.push_back(cells_of(*row));
    }
    out += markdown_table(header_of(pack), rows);
    bool first_note = true;
    for (const auto* row : group.rows) {
      if (!row->note.empty()) {
        out += first_note ? "\nNotes:\n\n" : "";
        first_note = false;
        out += fmt::format("- **{}**: {}\n", row->feature, row->note);
      }
    }
    out += fmt::format("\n{}\n", sources_line(group));
  }
  return out;
}

} // namespace framewise::report
