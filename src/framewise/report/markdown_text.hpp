#pragma once

#include <framewise/report/recommendation.hpp>

#include <string>
#include <string_view>

namespace framewise::report {

// `text` safe as Markdown inline text: characters Markdown would read as
// markup (\ ` * _ [ ] < > | #) are backslash-escaped and controls made visible.
std::string markdown_escape(std::string_view text);

// `text` as a code span: `text`, with any backquote replaced so it cannot end
// the span early.
std::string markdown_code(std::string_view text);

// The --explain and --what-if sections of the decision record.
std::string explain_markdown(const RecommendationView& view);
std::string what_if_markdown(const RecommendationView& view);

} // namespace framewise::report
