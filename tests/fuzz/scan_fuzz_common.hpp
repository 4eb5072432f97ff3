#pragma once

// Shared by the scan fuzz targets: every reader's output must be usable by
// the rest of scan (inference, the three renderers) and safe on a terminal.
#include "fuzz_support.hpp"

#include <framewise/report/diagnostic_text.hpp>
#include <framewise/report/scan/scan.hpp>
#include <framewise/scan/infer.hpp>

namespace framewise::fuzz {

inline void
check_manifest_read(const scan::ManifestRead& read, std::string_view text)
{
  for (const auto& error : read.errors) {
    check(error.domain == model::Domain::scan, "a scan error says 'scan'");
    check(error.pos.line >= 1, "a scan error has a line");
    check_terminal_safe(report::render_diagnostic(error), "a scan diagnostic");
  }
  std::size_t lines = 1;
  for (const char c : text) {
    lines += c == '\n' ? 1 : 0;
  }
  for (const auto& dependency : read.dependencies) {
    check(dependency.pos.line >= 1 && dependency.pos.line <= lines, "a dependency's line is in the file");
    check(dependency.pos.column >= 1, "a dependency has a column");
    check(!dependency.name.empty(), "a dependency has a name");
  }
  const auto& pack = builtin_pack();
  report::ScanRun run{pack, "fuzz", {"fuzz"}, scan::infer_answers(pack, read.dependencies), read.errors.size()};
  for (const auto& note : read.notes) {
    scan::ScanNote unknown;
    unknown.message = note;
    run.inference.notes.push_back(unknown);
  }
  check_terminal_safe(report::render_scan_text(run), "the scan text report");
  check_terminal_safe(report::render_scan_yaml(run), "the scan YAML");
  check(!report::render_scan_json(run).empty(), "the scan JSON renders");
}

} // namespace framewise::fuzz
