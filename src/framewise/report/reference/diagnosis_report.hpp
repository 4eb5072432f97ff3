#pragma once

#include <framewise/engine/symptom_search.hpp>
#include <framewise/model/pack.hpp>
#include <framewise/report/text_style.hpp>

#include <string>
#include <string_view>

namespace framewise::report {

// What `framewise diagnose` found for `symptom`: the matches, best first, each
// with the words that matched, what to do now, the fix and the commands to
// run; or, when nothing matches, a plain "no match" and the closest entries.
// JSON is
//   {"schema_version": 1, "symptom", "matched": bool, "matches": [ENTRY],
//    "closest": [ENTRY]}
// where ENTRY is {"section": "debug_guide"|"cheat_sheet"|"mistakes", "id",
// "title", "severity", "symptom", "action", "fix", "commands": [{"command",
// "explain"}], "frameworks": [ids], "source", "score", "matched_words"}, with
// null for what a section does not have (a debug entry has no severity).
struct DiagnosisView
{
  const model::RulePack& pack;
  std::string_view symptom;
  const engine::Diagnosis& diagnosis;
};

std::string render_diagnosis_text(const DiagnosisView& view, const TextStyle& style);
std::string render_diagnosis_markdown(const DiagnosisView& view);
std::string render_diagnosis_json(const DiagnosisView& view);

} // namespace framewise::report
