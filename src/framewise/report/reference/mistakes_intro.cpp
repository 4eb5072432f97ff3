#include <framewise/report/reference/mistakes_report.hpp>

#include <fmt/format.h>

namespace framewise::report {

std::string
mistakes_intro(const model::RulePack& pack)
{
  return fmt::format("{} common mistake{}. 'framewise recommend' reports the ones that apply to a profile; "
                     "'framewise diagnose \"SYMPTOM\"' finds one by what you see.",
                     pack.mistakes.size(),
                     pack.mistakes.size() == 1 ? "" : "s");
}

} // namespace framewise::report
