#pragma once

#include <framewise/model/diagnostic.hpp>

#include <optional>
#include <string>
#include <vector>

namespace framewise::cli {

struct FileText
{
  std::string name; // what messages print: the path, or "<stdin>"
  std::string text;
};

// Reads `path` ("-" for stdin) whole. A missing or unreadable file, a
// directory, or more than load::k_max_input_bytes (refused before reading
// further) is reported as a diagnostic of `domain`.
std::optional<FileText> read_input(const std::string& path, model::Domain domain, model::Diagnostics& diagnostics);

// The files directly in directory `dir` whose extension is one of
// `extensions` (".yaml"...), sorted by name. A missing directory or one with no
// such file is reported as a diagnostic of `domain`, with `hint`.
std::optional<std::vector<std::string>> files_in(const std::string& dir, const std::vector<std::string>& extensions,
                                                 model::Domain domain, const std::string& hint,
                                                 model::Diagnostics& diagnostics);

// The rule-pack files of directory `dir`: every *.yaml and *.yml directly in
// it, sorted by name. A missing directory or one with no such file is reported.
std::optional<std::vector<std::string>> pack_files_in(const std::string& dir, model::Diagnostics& diagnostics);

} // namespace framewise::cli
