#include <framewise/report/markdown_toolkit.hpp>
#include <framewise/report/reference/diagnosis_entry.hpp>
#include <framewise/report/reference/diagnosis_report.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

#include <cmath>

namespace framewise::report {

namespace {

using namespace diagnosis;

void
markdown_entry(std::string& out, const model::RulePack& pack, std::size_t rank, const engine::SymptomMatch& match)
{
  const Entry entry = entry_of(pack, match.entry);
  out += fmt::format("\n## {}. `{}` ({})\n\n", rank, entry.id, kind_of(entry));
  if (!entry.title.empty()) {
    out += fmt::format("**{}**\n\n", entry.title);
  }
  out += fmt::format("- **Symptom**: {}\n", entry.symptom);
  out += fmt::format("- **Matched**: {}\n", fmt::join(match.matched_words, ", "));
  if (!entry.action.empty()) {
    out += fmt::format("- **Now**: {}\n", entry.action);
  }
  out += fmt::format("- **Fix**: {}\n", entry.fix);
  out += fmt::format("- **Source**: {}\n", entry.source);
  if (!entry.commands->empty()) {
    out += "\nRun:\n\n```sh\n";
    for (const auto& command : *entry.commands) {
      out += fmt::format("# {}\n{}\n", command.explain, command.command);
    }
    out += "```\n";
  }
}

} // namespace

std::string
render_diagnosis_markdown(const DiagnosisView& view)
{
  std::string out = fmt::format("# Diagnosis: {}\n", escape_controls(view.symptom));
  const auto& matches = view.diagnosis.matches;
  if (matches.empty()) {
    out += fmt::format("\n{}\n\nThe closest entries:\n\n", no_match_line(escape_controls(view.symptom)));
    for (const auto& match : view.diagnosis.closest) {
      const Entry entry = entry_of(view.pack, match.entry);
      out += fmt::format("- `{}` ({}): {}\n", entry.id, kind_of(entry), entry.symptom);
    }
    out += fmt::format("\n{}\n", k_no_match_hint);
    return out;
  }
  out += matches.size() == 1 ? "\n1 match.\n" : fmt::format("\n{} matches, best first.\n", matches.size());
  for (std::size_t i = 0; i < matches.size(); ++i) {
    markdown_entry(out, view.pack, i + 1, matches[i]);
  }
  return out;
}

} // namespace framewise::report
