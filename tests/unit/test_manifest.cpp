#include "helpers.hpp"

#include <framewise/scan/manifest.hpp>

using framewise::scan::is_development_requirements;
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

TEST_CASE("development requirements files are told by a word of their name")
{
  CHECK(is_development_requirements("requirements-dev.txt"));
  CHECK(is_development_requirements("dev-requirements.txt"));
  CHECK(is_development_requirements("requirements/test.txt"));
  CHECK(is_development_requirements("requirements_docs.in"));
  CHECK_FALSE(is_development_requirements("requirements.txt"));
  CHECK_FALSE(is_development_requirements("requirements/production.txt"));
  CHECK_FALSE(is_development_requirements("requirements/base.txt"));
  CHECK_FALSE(is_development_requirements("requirements-devops.txt")); // a word, not a substring
}
