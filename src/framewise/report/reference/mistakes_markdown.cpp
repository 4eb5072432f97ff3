#include <framewise/report/markdown_toolkit.hpp>
#include <framewise/report/reference/mistakes_report.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

std::string
render_mistakes_markdown(const model::RulePack& pack)
{
  std::string out = fmt::format("# Common mistakes\n\n{}\n", mistakes_intro(pack));
  for (const auto& mistake : pack.mistakes) {
    out += fmt::format("\n## `{}` ({}): {}\n\n", mistake.id, model::to_string(mistake.severity), mistake.title);
    out += fmt::format("- **Symptom**: {}\n", mistake.symptom);
    out += fmt::format("- **Why**: {}\n", mistake.message);
    out += fmt::format("- **Fix**: {}\n", mistake.fix);
    out += fmt::format("- **Source**: {}\n", mistake.source);
  }
  return out;
}

} // namespace framewise::report
