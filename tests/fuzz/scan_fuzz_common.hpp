#pragma once

// Shared by the scan fuzz targets: every reader's output must be usable by
// the rest of scan (inference, the three renderers) and safe on a terminal.
#include "fuzz_support.hpp"

#include <framewise/report/diagnostic_text.hpp>
#include <framewise/report/scan/scan.hpp>
#include <framewise/scan/infer.hpp>
#include <framewise/scan/server_files.hpp>

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

// A server file reader's output: positions inside the file, every command
// understood without a crash, and the servers found usable by inference and
// the renderers.
inline void
check_server_read(const scan::ServerFileRead& read, std::string_view text)
{
  std::size_t lines = 1;
  for (const char c : text) {
    lines += c == '\n' ? 1 : 0;
  }
  for (const auto& error : read.errors) {
    check(error.domain == model::Domain::scan, "a scan error says 'scan'");
    check(error.pos.line >= 1 && error.pos.line <= lines, "a scan error's line is in the file");
    check_terminal_safe(report::render_diagnostic(error), "a scan diagnostic");
  }
  std::vector<scan::ServerCommand> servers = read.servers;
  for (const auto& command : read.commands) {
    check(command.pos.line >= 1 && command.pos.line <= lines, "a command's line is in the file");
    check(command.pos.column >= 1, "a command has a column");
    for (auto& finding : scan::find_servers(command)) {
      check(finding.server.pos.line >= 1, "a finding has a line");
      if (finding.kind == scan::CommandFinding::Kind::server) {
        check(!finding.server.server.empty() && !finding.server.rule.empty(), "a server has a name and a rule");
        servers.push_back(std::move(finding.server));
      } else {
        check(!finding.script.empty(), "a script has a path");
      }
    }
  }
  const auto& pack = builtin_pack();
  report::ScanRun run{pack, "fuzz", {"fuzz"}, scan::infer_answers(pack, {}, "", servers), read.errors.size()};
  check_terminal_safe(report::render_scan_text(run), "the scan text report");
  check_terminal_safe(report::render_scan_yaml(run), "the scan YAML");
  check(!report::render_scan_json(run).empty(), "the scan JSON renders");
}

} // namespace framewise::fuzz
