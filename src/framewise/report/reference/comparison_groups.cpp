#include <framewise/report/reference/comparison_groups.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::report {

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

} // namespace framewise::report
