#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/scan/infer.hpp>
#include <framewise/scan/walk.hpp>

#include <optional>
#include <string>
#include <vector>

namespace framewise::cli {

// What `framewise scan`, `check --scan` and `recommend --scan` read of a
// repository: the files, and the answers they prove with the pack's evidence
// table; what could not be known is among the inference's notes.
struct ScanEvidence
{
  scan::RepositoryRead read;
  scan::Inference inference;
};

// Scans `directory`. A directory that cannot be scanned is said on stderr
// (with `option`, the command-line option that named it, in the hint) and
// gives nothing. Files that cannot be read or parsed are in `read.errors`,
// not printed: `scan` goes on past them, a gate does not.
std::optional<ScanEvidence> scan_evidence(const model::RulePack& pack, const std::string& directory,
                                          const std::vector<std::string>& excludes, std::string_view option);

} // namespace framewise::cli
