#pragma once

#include <framewise/model/diagnostic.hpp>
#include <framewise/model/source_pos.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::scan {

// How a manifest holds a dependency. Only `declared` dependencies and
// installed Django apps decide an answer; the others are kept as evidence
// (a lock confirms what a direct dependency decided) and never prove anything
// on their own: a framework in a test group is not the project's framework.
enum class Role : std::uint8_t
{
  declared,   // what the project needs to run: requirements, [project] dependencies, Poetry's main group
  optional,   // an extra: [project.optional-dependencies], extras_require
  group,      // a development or other group: PEP 735, Poetry groups, PDM/uv dev, requirements-dev.txt
  constraint, // pins a version, declares nothing (-c, pip-compile output not asked for directly)
  lock,       // what a lock file installs (poetry.lock, uv.lock, Pipfile.lock)
  app,        // an entry of Django's INSTALLED_APPS
  command,    // a server command that runs the web process (scan/server_command.hpp): name is the server
};

const char* to_string(Role role);

// One dependency, or one installed app, found in a repository file.
struct Dependency
{
  std::string name;                // PEP 503-normalised; for Role::app the entry as written
  std::vector<std::string> extras; // normalised (PEP 685)
  Role role = Role::declared;
  std::string group;            // optional / group: the extra's or group's name
  model::SourcePos pos;         // where the name is, 1-based, columns in code points
  std::string text;             // the requirement as written (a whole logical line for requirements files)
  std::vector<std::string> via; // include chain, outermost first: "requirements.txt:3"
};

// What reading one manifest gave.
struct ManifestRead
{
  std::vector<Dependency> dependencies;
  model::Diagnostics errors;      // Domain::scan, with file:line:col
  std::vector<std::string> notes; // what could not be known, e.g. a computed setup.py
};

// Repository files larger than these are refused unread: a manifest a person
// writes stays far below 1 MiB (the limit of profiles and rule packs too); a
// lock file of a large project may reach a few MiB.
inline constexpr std::size_t k_max_manifest_bytes = 1024 * 1024;
inline constexpr std::size_t k_max_lock_file_bytes = 8 * 1024 * 1024;

// The text of 1-based line `line` of `text`, without its line break (nor a
// CR before it); empty when there is no such line.
std::string_view line_text(std::string_view text, std::uint32_t line);

// Offset of the first byte of `text` that is not valid UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view text);

// 1-based column, in code points, of byte `offset` of `line`.
std::uint32_t column_of(std::string_view line, std::size_t offset);

// A scan error at line/column of `file`, with the line's text for the excerpt.
model::Diagnostic scan_error(const std::string& file, std::uint32_t line, std::uint32_t column, std::string message,
                             std::string_view source_line = {}, std::string hint = {});

} // namespace framewise::scan
