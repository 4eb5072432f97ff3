#include <framewise/report/scan/scan.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

std::string
render_scan_text(const ScanRun& run)
{
  std::string out =
    fmt::format("framewise scan of {}: {} file(s) read\n", escape_controls(run.directory), run.files.size());
  if (run.inference.answers.empty()) {
    out += run.inference.notes.empty() ? "\nNothing proved: no dependency of the evidence table was found.\n"
                                       : "\nNothing proved (see the notes).\n";
  }
  for (const auto& answer : run.inference.answers) {
    const auto& question = run.pack.questions[answer.question];
    out += fmt::format("\n{}: {}\n", question.id, scan_answer_text(question, answer.values));
    for (const auto& item : answer.evidence) {
      const auto& dependency = item.dependency;
      std::string role = scan::to_string(dependency.role);
      if (!dependency.group.empty()) {
        role += " '" + dependency.group + "'";
      }
      out += fmt::format("  {}:{}:{}  {}  [{}{}]\n", escape_controls(dependency.pos.file), dependency.pos.line,
                         dependency.pos.column, escape_controls(dependency.text), escape_controls(role),
                         dependency.via.empty()
                           ? std::string()
                           : escape_controls(fmt::format(", via {}", fmt::join(dependency.via, " -> "))));
    }
  }
  if (!run.inference.notes.empty()) {
    out += "\nNotes:\n";
    for (const auto& note : run.inference.notes) {
      const auto lines =
        wrap(fmt::format("{}: {}", scan::to_string(note.kind), escape_controls(note.message)), run.width - 4);
      for (std::size_t i = 0; i < lines.size(); ++i) {
        out += fmt::format("{}{}\n", i == 0 ? "  - " : "    ", lines[i]);
      }
    }
  }
  if (run.errors > 0) {
    out += fmt::format("\n{} problem(s) reading the files (on stderr); what they hold is not counted.\n", run.errors);
  }
  return out;
}

} // namespace framewise::report
