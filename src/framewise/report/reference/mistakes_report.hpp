#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/report/text_style.hpp>

#include <string>

namespace framewise::report {

// The common-mistake catalogue in pack order: id, severity, title, the symptom
// a team sees, why it happens (the message), the fix and the source. JSON is
//   {"schema_version": 1, "mistakes": [{"id", "severity", "title", "symptom",
//    "message", "fix", "source"}]}
std::string render_mistakes_text(const model::RulePack& pack, const TextStyle& style);
std::string render_mistakes_markdown(const model::RulePack& pack);
std::string render_mistakes_json(const model::RulePack& pack);

// The sentence the text and Markdown catalogues open with: how many mistakes,
// and which commands use them.
std::string mistakes_intro(const model::RulePack& pack);

} // namespace framewise::report
