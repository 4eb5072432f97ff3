#include "helpers.hpp"

#include <framewise/scan/manifest.hpp>

using framewise::scan::manifest_kind;
using framewise::scan::ManifestKind;

TEST_CASE("manifest names: what scan reads, by name only")
{
  CHECK(manifest_kind("requirements.txt") == ManifestKind::requirements);
  CHECK(manifest_kind("a/requirements-dev.txt") == ManifestKind::requirements);
  CHECK(manifest_kind("dev-requirements.txt") == ManifestKind::requirements);
  CHECK(manifest_kind("requirements.in") == ManifestKind::requirements);
  CHECK(manifest_kind("requirements/base.txt") == ManifestKind::requirements);
  CHECK(manifest_kind("requirements/prod.in") == ManifestKind::requirements);
  CHECK(manifest_kind("pyproject.toml") == ManifestKind::pyproject);
  CHECK(manifest_kind("x/Pipfile") == ManifestKind::pipfile);
  CHECK(manifest_kind("Pipfile.lock") == ManifestKind::pipfile_lock);
  CHECK(manifest_kind("poetry.lock") == ManifestKind::toml_lock);
  CHECK(manifest_kind("uv.lock") == ManifestKind::toml_lock);
  CHECK(manifest_kind("setup.cfg") == ManifestKind::setup_cfg);
  CHECK(manifest_kind("setup.py") == ManifestKind::setup_py);
  CHECK(manifest_kind("mysite/settings.py") == ManifestKind::django_settings);
  CHECK(manifest_kind("config/settings/base.py") == ManifestKind::django_settings);
  CHECK_FALSE(manifest_kind("MANIFEST.in").has_value());
  CHECK_FALSE(manifest_kind("notes.txt").has_value());
  CHECK_FALSE(manifest_kind("app/views.py").has_value());
  CHECK_FALSE(manifest_kind("package.json").has_value());
}

TEST_CASE("development manifests are told by a directory of their path, or a word of a requirements file's name")
{
  using framewise::scan::is_development_manifest;
  const auto requirements = ManifestKind::requirements;
  CHECK(is_development_manifest("requirements-dev.txt", requirements));
  CHECK(is_development_manifest("dev-requirements.txt", requirements));
  CHECK(is_development_manifest("requirements/test.txt", requirements));
  CHECK(is_development_manifest("requirements_docs.in", requirements));
  CHECK(is_development_manifest("docs/requirements.txt", requirements));
  CHECK(is_development_manifest("Examples/chat/pyproject.toml", ManifestKind::pyproject));
  CHECK(is_development_manifest("tests/settings.py", ManifestKind::django_settings));
  CHECK_FALSE(is_development_manifest("requirements.txt", requirements));
  CHECK_FALSE(is_development_manifest("requirements/production.txt", requirements));
  CHECK_FALSE(is_development_manifest("requirements/base.txt", requirements));
  CHECK_FALSE(is_development_manifest("requirements-devops.txt", requirements)); // a word, not a substring
  CHECK_FALSE(is_development_manifest("contests/requirements.txt", requirements));
  CHECK_FALSE(is_development_manifest("backend/pyproject.toml", ManifestKind::pyproject));
  // Only requirements files are told by their name.
  CHECK_FALSE(is_development_manifest("test_settings.py", ManifestKind::django_settings));
}
