#include <framewise/report/reference/diagnosis_entry.hpp>

namespace framewise::report::diagnosis {

// Written without fmt: with fmt header-only, every file that formats with it
// carries its own copy of fmt's float formatting (about 6 KB), so the small
// files the reports share keep to plain strings.

Entry
entry_of(const model::RulePack& pack, const engine::GuideEntryRef& ref)
{
  static const std::vector<model::Command> k_no_commands;
  if (ref.section == engine::GuideSection::mistakes) {
    const model::Mistake& mistake = pack.mistakes[ref.index];
    return Entry{.section = ref.section,
                 .id = mistake.id,
                 .title = mistake.title,
                 .severity = mistake.severity,
                 .symptom = mistake.symptom,
                 .fix = mistake.fix,
                 .commands = &k_no_commands,
                 .source = mistake.source};
  }
  const model::DebugEntry& item =
    ref.section == engine::GuideSection::debug_guide ? pack.debug_guide[ref.index] : pack.cheat_sheet[ref.index];
  Entry entry{.section = ref.section,
              .id = item.id,
              .symptom = item.symptom,
              .action = item.action,
              .fix = item.fix,
              .commands = &item.commands,
              .source = item.source};
  for (const auto framework : item.frameworks) {
    entry.frameworks.push_back(pack.frameworks[framework].id);
  }
  return entry;
}

std::string_view
section_id(engine::GuideSection section)
{
  switch (section) {
  case engine::GuideSection::debug_guide:
    return "debug_guide";
  case engine::GuideSection::cheat_sheet:
    return "cheat_sheet";
  case engine::GuideSection::mistakes:
    return "mistakes";
  }
  return "?";
}

std::string
kind_of(const Entry& entry)
{
  if (entry.severity) {
    return std::string("common mistake, ") + model::to_string(*entry.severity);
  }
  return engine::to_string(entry.section);
}

std::string
no_match_line(std::string_view symptom)
{
  return std::string("Nothing in the debug guide, the cheat sheet or the common mistakes matches \"")
    .append(symptom)
    .append("\".");
}

} // namespace framewise::report::diagnosis
