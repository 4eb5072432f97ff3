#pragma once

#include <framewise/scan/dependency.hpp>
#include <framewise/scan/server_command.hpp>

#include <string>
#include <vector>

namespace framewise::scan {

// The directories the walk never enters, by name (besides any directory
// holding a pyvenv.cfg, which is a virtualenv).
inline constexpr std::string_view k_skipped_directories[] = {".git",          ".hg",         ".svn", "node_modules",
                                                             "site-packages", "__pycache__", ".tox", ".nox"};

// -r/-c chains deeper than this are refused (pip has no limit; a repository
// needs a few levels).
inline constexpr std::size_t k_max_include_depth = 16;

struct WalkOptions
{
  std::vector<std::string> excludes; // gitignore-style patterns, relative to DIR
};

// Everything read from the manifests under a directory.
struct RepositoryRead
{
  std::vector<Dependency> dependencies;
  model::Diagnostics errors;          // files that could not be read or parsed
  std::vector<std::string> notes;     // what could not be known
  std::vector<ServerCommand> servers; // the commands that run the web process (scan/server_files.hpp)
  std::vector<std::string> files;     // the manifests and server files read, in walk order
  bool git_work_tree = false;         // .gitignore files were honoured
};

// Walks `dir` and reads every manifest in it (scan/manifest.hpp), following
// -r/-c includes of requirements files relative to the including file. It
// skips k_skipped_directories, virtualenvs, what .gitignore files ignore when
// `dir` is in a git work tree (the .gitignore of every directory from the
// work tree's root down, and .git/info/exclude), and what `options.excludes`
// match; it enters no symlinked directory and reads a symlinked file only
// when it resolves inside `dir`. Paths in positions are `dir` joined with the
// file's relative path ("backend/requirements.txt"; just the relative path
// for "."). Sets `error` (and returns nothing read) when `dir` is not a
// readable directory.
RepositoryRead read_repository(const std::string& dir, const WalkOptions& options, std::string& error);

} // namespace framewise::scan
