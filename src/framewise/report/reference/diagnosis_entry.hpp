#pragma once

// What the three formats of `framewise diagnose` share (diagnosis_text.cpp,
// diagnosis_markdown.cpp, diagnosis_json.cpp): one entry of any section as
// the report shows it, and the words for a search that matched nothing.

#include <framewise/engine/symptom_search.hpp>
#include <framewise/model/pack.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::report::diagnosis {

// One entry of any section, as the report shows it.
struct Entry
{
  engine::GuideSection section = engine::GuideSection::debug_guide;
  std::string_view id = {};
  std::string_view title = {}; // mistakes only
  std::optional<model::Severity> severity = {};
  std::string_view symptom = {};
  std::string_view action = {}; // cheat sheet only
  std::string_view fix = {};
  const std::vector<model::Command>* commands = nullptr;
  std::vector<std::string> frameworks = {}; // ids
  std::string_view source = {};
};

Entry entry_of(const model::RulePack& pack, const engine::GuideEntryRef& ref);

// "debug_guide", "cheat_sheet", "mistakes": the section's id in JSON.
std::string_view section_id(engine::GuideSection section);

// "debug guide", "cheat sheet", "common mistake, warning".
std::string kind_of(const Entry& entry);

// The words of the symptom, for a "no match" message.
std::string no_match_line(std::string_view symptom);

inline constexpr std::string_view k_no_match_hint =
  "Describe what you see in other words (for example: slow, memory, docs, admin, validation, startup), "
  "or run 'framewise mistakes' to read every common mistake.";

} // namespace framewise::report::diagnosis
