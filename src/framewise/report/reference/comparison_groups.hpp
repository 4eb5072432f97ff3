#pragma once

// The pack's comparison rows by group, as the text and Markdown formats of
// `framewise compare` show them (comparison_text.cpp, comparison_markdown.cpp).

#include <framewise/model/pack.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace framewise::report {

struct Group
{
  std::string id;
  std::vector<const model::ComparisonRow*> rows;
  std::vector<std::string> sources; // distinct, in row order
};

// The rows by group, groups in the order they first appear in the pack.
std::vector<Group> groups_of(const model::RulePack& pack);

// "Comparison table", "Performance", "Deployment and operations", or a custom
// pack's own group id, capitalised.
std::string group_title(std::string_view id);

// "Feature", then each framework's name.
std::vector<std::string> header_of(const model::RulePack& pack);

// The row's feature, then its value per framework.
std::vector<std::string> cells_of(const model::ComparisonRow& row);

// "Source: ..." or "Sources: a; b".
std::string sources_line(const Group& group);

} // namespace framewise::report
