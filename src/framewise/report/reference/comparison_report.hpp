#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/report/text_style.hpp>

#include <string>

namespace framewise::report {

// The pack's comparison (table rows, performance figures, deployment notes),
// every row and framework, grouped as in the pack, with each group's notes and
// sources. Text fits the style's width as a table with wrapped cells; Markdown
// is one GitHub table per group; JSON is
//   {"schema_version": 1, "frameworks": [{"id", "name"}],
//    "rows": [{"id", "group", "feature", "values": {FRAMEWORK: text}, "note", "source"}]}
// with "note" null when a row has none.
std::string render_comparison_text(const model::RulePack& pack, const TextStyle& style);
std::string render_comparison_markdown(const model::RulePack& pack);
std::string render_comparison_json(const model::RulePack& pack);

} // namespace framewise::report
