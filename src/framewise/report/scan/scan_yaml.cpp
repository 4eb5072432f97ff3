#include <framewise/report/scan/scan.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <fmt/format.h>

namespace framewise::report {

std::string
evidence_line(const scan::EvidenceItem& item)
{
  const auto& dependency = item.dependency;
  std::string role = scan::to_string(dependency.role);
  if (!dependency.group.empty()) {
    role += " '" + dependency.group + "'";
  }
  std::string line = fmt::format("{}:{}:{}: {} ({}", dependency.pos.file, dependency.pos.line, dependency.pos.column,
                                 dependency.text, role);
  if (!dependency.via.empty()) {
    line += fmt::format(", via {}", fmt::join(dependency.via, " -> "));
  }
  return escape_controls(line + ")");
}

std::string
scan_answer_text(const model::Question& question, const std::vector<std::string>& values)
{
  if (question.type == model::QuestionType::list) {
    return fmt::format("[{}]", fmt::join(values, ", "));
  }
  return values.empty() ? std::string("null") : values.front();
}

std::string
render_scan_yaml(const ScanRun& run)
{
  std::string out = fmt::format("# The answers the files of {} prove, found by 'framewise scan'; each answer's\n"
                                "# evidence is in the comments above it (file:line:column, the text, its role\n"
                                "# and the -r/-c chain). A profile: 'framewise recommend --profile FILE' reads it.\n"
                                "version: 1\n",
                                escape_controls(run.directory));
  if (run.inference.answers.empty()) {
    out += "answers: {} # nothing proved\n";
  } else {
    out += "answers:\n";
  }
  for (const auto& answer : run.inference.answers) {
    const auto& question = run.pack.questions[answer.question];
    for (const auto& item : answer.evidence) {
      out += fmt::format("  # {}\n", evidence_line(item));
    }
    out += fmt::format("  {}: {}\n", question.id, scan_answer_text(question, answer.values));
  }
  if (!run.inference.notes.empty()) {
    out += "# Notes:\n";
    for (const auto& note : run.inference.notes) {
      out += fmt::format("# - {}: {}\n", scan::to_string(note.kind), escape_controls(note.message));
    }
  }
  if (run.errors > 0) {
    out += fmt::format("# {} problem(s) reading the files were reported on stderr: what they hold is not counted.\n",
                       run.errors);
  }
  return out;
}

} // namespace framewise::report
