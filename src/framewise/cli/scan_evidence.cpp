#include <framewise/cli/output.hpp>
#include <framewise/cli/scan_evidence.hpp>

#include <fmt/format.h>

namespace framewise::cli {

std::optional<ScanEvidence>
scan_evidence(const model::RulePack& pack, const std::string& directory, const std::vector<std::string>& excludes,
              std::string_view option)
{
  std::string error;
  ScanEvidence evidence;
  evidence.read = scan::read_repository(directory, {excludes}, error);
  if (!error.empty()) {
    print_usage_error(fmt::format("cannot scan '{}': {}", directory, error),
                      fmt::format("give a directory to scan, e.g. '{} .'", option));
    return std::nullopt;
  }
  evidence.inference = scan::infer_answers(pack, evidence.read.dependencies, directory, evidence.read.servers);
  for (auto& note : evidence.read.notes) {
    scan::ScanNote unknown;
    unknown.kind = scan::ScanNote::Kind::unknown;
    unknown.message = std::move(note);
    evidence.inference.notes.push_back(std::move(unknown));
  }
  evidence.read.notes.clear(); // moved into the inference's notes
  return evidence;
}

} // namespace framewise::cli
