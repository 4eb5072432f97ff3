#include <framewise/report/comparison_report.hpp>
#include <framewise/report/markdown_blocks.hpp>
#include <framewise/report/text_blocks.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace framewise::report {

namespace {

// The widest a table is drawn: past this, rows are easier to read wrapped.
constexpr std::size_t k_max_table_width = 200;

struct Group
{
  std::string id;
  std::vector<const model::ComparisonRow*> rows;
  std::vector<std::string> sources; // distinct, in row order
};

// The rows by group, groups in the order they first appear in the pack.
std::vector<Group>
groups_of(const model::RulePack& pack)
{
  std::vector<Group> groups;
  for (const auto& row : pack.comparison) {
    auto group = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.id == row.group; });
    if (group == groups.end()) {
      groups.push_back(Group{row.group, {}, {}});
      group = groups.end() - 1;
    }
    group->rows.push_back(&row);
    if (std::find(group->sources.begin(), group->sources.end(), row.source) == group->sources.end()) {
      group->sources.push_back(row.source);
    }
  }
  return groups;
}

std::string
group_title(std::string_view id)
{
  if (id == "table") {
    return "Comparison table";
  }
  if (id == "performance") {
    return "Performance";
  }
  if (id == "deployment") {
    return "Deployment and operations";
  }
  std::string title(id); // a custom pack's own group
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') {
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
  }
  return title;
}

std::vector<std::string>
header_of(const model::RulePack& pack)
{
  std::vector<std::string> header{"Feature"};
  for (const auto& framework : pack.frameworks) {
    header.push_back(framework.name);
  }
  return header;
}

std::vector<std::string>
cells_of(const model::ComparisonRow& row)
{
  std::vector<std::string> cells{row.feature};
  cells.insert(cells.end(), row.values.begin(), row.values.end());
  return cells;
}

std::string
sources_line(const Group& group)
{
  return fmt::format("{}: {}", group.sources.size() == 1 ? "Source" : "Sources", fmt::join(group.sources, "; "));
}

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

std::string
render_comparison_json(const model::RulePack& pack)
{
  nlohmann::ordered_json frameworks = nlohmann::ordered_json::array();
  for (const auto& framework : pack.frameworks) {
    frameworks.push_back({{"id", framework.id}, {"name", framework.name}});
  }
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const auto& row : pack.comparison) {
    nlohmann::ordered_json values = nlohmann::ordered_json::object();
    for (std::size_t f = 0; f < pack.frameworks.size() && f < row.values.size(); ++f) {
      values[pack.frameworks[f].id] = row.values[f];
    }
    rows.push_back({{"id", row.id},
                    {"group", row.group},
                    {"feature", row.feature},
                    {"values", values},
                    {"note", row.note.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(row.note)},
                    {"source", row.source}});
  }
  const nlohmann::ordered_json document{{"schema_version", 1}, {"frameworks", frameworks}, {"rows", rows}};
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
