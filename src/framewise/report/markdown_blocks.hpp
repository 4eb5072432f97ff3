#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace framewise::report {

// `text` safe inside a Markdown table cell: pipes escaped, line breaks joined.
std::string markdown_cell(std::string_view text);

// A GitHub-flavoured Markdown table, ending in a newline.
std::string markdown_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

} // namespace framewise::report
