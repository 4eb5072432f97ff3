#pragma once

// What every Markdown renderer uses: input text made safe as Markdown, and tables.

#include <string>
#include <string_view>
#include <vector>

namespace framewise::report {

// `text` safe as Markdown inline text: characters Markdown would read as
// markup (\ ` * _ [ ] < > | #) are backslash-escaped and controls made visible.
std::string markdown_escape(std::string_view text);

// `text` as a code span: `text`, with any backquote replaced so it cannot end
// the span early.
std::string markdown_code(std::string_view text);

// `text` safe inside a Markdown table cell: pipes escaped, line breaks joined.
std::string markdown_cell(std::string_view text);

// A GitHub-flavoured Markdown table, ending in a newline.
std::string markdown_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

} // namespace framewise::report
