#include <framewise/report/scan/scan.hpp>

#include <nlohmann/json.hpp>

namespace framewise::report {

namespace {

nlohmann::ordered_json
answer_json(const model::Question& question, const std::vector<std::string>& values)
{
  if (question.type == model::QuestionType::list) {
    return values;
  }
  if (question.type == model::QuestionType::boolean) {
    return !values.empty() && values.front() == "true";
  }
  return values.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(values.front());
}

} // namespace

nlohmann::ordered_json
scan_evidence_json(const scan::EvidenceItem& item)
{
  const auto& dependency = item.dependency;
  nlohmann::ordered_json json;
  json["file"] = dependency.pos.file;
  json["line"] = dependency.pos.line;
  json["column"] = dependency.pos.column;
  json["text"] = dependency.text;
  json["via"] = dependency.via;
  json["package"] = dependency.name;
  json["role"] = scan::to_string(dependency.role);
  if (!dependency.group.empty()) {
    json["group"] = dependency.group;
  }
  json["proves"] = item.value;
  json["evidence_rule"] = item.rule;
  return json;
}

std::string
render_scan_json(const ScanRun& run)
{
  nlohmann::ordered_json json;
  json["schema_version"] = 1;
  json["directory"] = run.directory;
  json["files"] = run.files;
  json["answers"] = nlohmann::ordered_json::object();
  json["evidence"] = nlohmann::ordered_json::object();
  for (const auto& answer : run.inference.answers) {
    const auto& question = run.pack.questions[answer.question];
    json["answers"][question.id] = answer_json(question, answer.values);
    auto& items = json["evidence"][question.id] = nlohmann::ordered_json::array();
    for (const auto& item : answer.evidence) {
      items.push_back(scan_evidence_json(item));
    }
  }
  json["notes"] = nlohmann::ordered_json::array();
  for (const auto& note : run.inference.notes) {
    nlohmann::ordered_json entry;
    entry["kind"] = scan::to_string(note.kind);
    if (!note.question.empty()) {
      entry["question"] = note.question;
    }
    entry["message"] = note.message;
    entry["evidence"] = nlohmann::ordered_json::array();
    for (const auto& item : note.evidence) {
      entry["evidence"].push_back(scan_evidence_json(item));
    }
    json["notes"].push_back(std::move(entry));
  }
  json["errors"] = run.errors;
  // Invalid UTF-8 never reaches here (scan refuses such files), but replace
  // rather than throw if it ever did.
  return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace framewise::report
