#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/scan/infer.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>

#include <string>
#include <vector>

namespace framewise::report {

// What one `framewise scan` found, for the renderers.
struct ScanRun
{
  const model::RulePack& pack;
  std::string directory;          // as given
  std::vector<std::string> files; // the manifests read
  scan::Inference inference;      // answers, and every note (the readers' included)
  std::size_t errors = 0;         // files reported on stderr as unreadable or broken
  std::size_t width = 80;         // text: notes are wrapped to this many columns
};

// One piece of evidence on one line, control characters escaped:
// "requirements.txt:3:1: asyncpg==0.29 (declared, via requirements/prod.txt:1)".
std::string evidence_line(const scan::EvidenceItem& item);

// One piece of evidence as the JSON reports write it ($defs/scan_evidence of
// the output schema): {file, line, column, text, via, package, role, group,
// proves, evidence_rule}.
nlohmann::ordered_json scan_evidence_json(const scan::EvidenceItem& item);

// A profile `recommend` and `check` accept as it is: version 1 and the proved
// answers, each preceded by comments naming its evidence; the notes as
// comments at the end. Every piece of repository text is escaped.
std::string render_scan_yaml(const ScanRun& run);

// {"schema_version": 1, "directory", "files", "answers", "evidence": {question:
// [item]}, "notes": [{kind, question, message, evidence}], "errors"}; an item
// is {file, line, column, text, via, package, role, group, proves}. Described
// by $defs/scan of `framewise schema output`.
std::string render_scan_json(const ScanRun& run);

// For people: each answer with its evidence, then the notes.
std::string render_scan_text(const ScanRun& run);

// An answer as a profile spells it: true, fastapi, [celery, redis].
std::string scan_answer_text(const model::Question& question, const std::vector<std::string>& values);

} // namespace framewise::report
