#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/report/recommendation.hpp>

#include <string>

namespace framewise::report {

// The common-mistake catalogue in pack order: id, severity, title, the symptom
// a team sees, why it happens (the message), the fix and the source. JSON is
//   {"schema_version": 1, "mistakes": [{"id", "severity", "title", "symptom",
//    "message", "fix", "source"}]}
std::string render_mistakes_text(const model::RulePack& pack, const TextStyle& style);
std::string render_mistakes_markdown(const model::RulePack& pack);
std::string render_mistakes_json(const model::RulePack& pack);

// SGR colour of a severity: red error, yellow warning, cyan info.
std::string_view severity_color(model::Severity severity);

} // namespace framewise::report
