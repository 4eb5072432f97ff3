#include <framewise/report/reference/mistakes_report.hpp>

#include <string>

namespace framewise::report {

// Written without fmt: with fmt header-only, every file that formats with it
// carries its own copy of fmt's float formatting (about 6 KB), so the small
// files the reports share keep to plain strings.

std::string
mistakes_intro(const model::RulePack& pack)
{
  return std::to_string(pack.mistakes.size()) + (pack.mistakes.size() == 1 ? " common mistake" : " common mistakes") +
         ". 'framewise recommend' reports the ones that apply to a profile; "
         "'framewise diagnose \"SYMPTOM\"' finds one by what you see.";
}

} // namespace framewise::report
