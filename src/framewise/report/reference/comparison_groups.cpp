#include <framewise/report/reference/comparison_groups.hpp>

#include <algorithm>

namespace framewise::report {

// Written without fmt: with fmt header-only, every file that formats with it
// carries its own copy of fmt's float formatting (about 6 KB), so the small
// files the reports share keep to plain strings.

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
  std::string line = group.sources.size() == 1 ? "Source: " : "Sources: ";
  for (std::size_t i = 0; i < group.sources.size(); ++i) {
    line.append(i == 0 ? "" : "; ").append(group.sources[i]);
  }
  return line;
}

} // namespace framewise::report
