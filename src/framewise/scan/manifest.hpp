#pragma once

#include <framewise/scan/dependency.hpp>
#include <framewise/scan/requirements_file.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace framewise::scan {

// The files scan reads, told apart by name only.
enum class ManifestKind : std::uint8_t
{
  requirements,    // requirements*.txt, *requirements*.txt, requirements*.in, requirements/*.txt|*.in
  pyproject,       // pyproject.toml
  pipfile,         // Pipfile
  pipfile_lock,    // Pipfile.lock
  toml_lock,       // poetry.lock, uv.lock
  setup_cfg,       // setup.cfg
  setup_py,        // setup.py
  django_settings, // settings.py, *settings*.py, settings/*.py
};

// The kind of the file at `relative_path` ('/'-separated), or nothing when
// scan does not read it.
std::optional<ManifestKind> manifest_kind(std::string_view relative_path);

// A manifest that is not what the project runs on, told by its path relative
// to DIR: one under a directory named for tests, docs or examples (tests/,
// test/, testing/, docs/, doc/, examples/, example/), or a requirements file
// whose name has a word saying development, tests, linting, docs, typing or
// CI (requirements-dev.txt, dev-requirements.txt, requirements/test.txt).
// What it declares is a group, not the project's own dependencies.
bool is_development_manifest(std::string_view relative_path, ManifestKind kind);

// Reads one manifest's text (not requirements files, which need their
// includes followed: see parse_requirements_file).
ManifestRead read_manifest(ManifestKind kind, std::string_view text, const std::string& path);

} // namespace framewise::scan
