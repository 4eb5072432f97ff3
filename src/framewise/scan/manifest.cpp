#include <framewise/scan/manifest.hpp>
#include <framewise/scan/python_manifests.hpp>
#include <framewise/scan/setup_cfg.hpp>
#include <framewise/scan/toml_manifests.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace framewise::scan {

namespace {

std::string_view
base_name(std::string_view path)
{
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view
parent_name(std::string_view path)
{
  const auto slash = path.rfind('/');
  if (slash == std::string_view::npos) {
    return {};
  }
  return base_name(path.substr(0, slash));
}

// The words of a name split at '-', '_' and '.', lower-cased.
std::vector<std::string>
words(std::string_view name)
{
  std::vector<std::string> out(1);
  for (const char c : name) {
    if (c == '-' || c == '_' || c == '.') {
      out.emplace_back();
    } else {
      out.back().push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  return out;
}

} // namespace

std::optional<ManifestKind>
manifest_kind(std::string_view relative_path)
{
  const std::string_view name = base_name(relative_path);
  if (name == "pyproject.toml") {
    return ManifestKind::pyproject;
  }
  if (name == "Pipfile") {
    return ManifestKind::pipfile;
  }
  if (name == "Pipfile.lock") {
    return ManifestKind::pipfile_lock;
  }
  if (name == "poetry.lock" || name == "uv.lock") {
    return ManifestKind::toml_lock;
  }
  if (name == "setup.cfg") {
    return ManifestKind::setup_cfg;
  }
  if (name == "setup.py") {
    return ManifestKind::setup_py;
  }
  const bool text_or_in = name.ends_with(".txt") || name.ends_with(".in");
  const std::string_view parent = parent_name(relative_path);
  if (text_or_in && (name.find("requirements") != std::string_view::npos || parent == "requirements")) {
    return ManifestKind::requirements;
  }
  if (name.ends_with(".py") && (name.find("settings") != std::string_view::npos || parent == "settings")) {
    return ManifestKind::django_settings;
  }
  return std::nullopt;
}

bool
is_development_manifest(std::string_view relative_path, ManifestKind kind)
{
  constexpr std::array<std::string_view, 7> k_directories = {"test", "tests",   "testing", "doc",
                                                             "docs", "example", "examples"};
  constexpr std::array<std::string_view, 12> k_name_words = {
    "dev", "develop", "development", "test", "tests", "testing", "lint", "docs", "doc", "ci", "typing", "mypy"};
  const auto is_one_of = [](const auto& list, const std::string& word) {
    return std::find(list.begin(), list.end(), word) != list.end();
  };
  // Every directory of the path, as a whole name ("tests", not "contests").
  std::size_t at = 0;
  for (auto slash = relative_path.find('/'); slash != std::string_view::npos; slash = relative_path.find('/', at)) {
    std::string directory(relative_path.substr(at, slash - at));
    std::transform(directory.begin(), directory.end(), directory.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (is_one_of(k_directories, directory)) {
      return true;
    }
    at = slash + 1;
  }
  if (kind != ManifestKind::requirements) {
    return false;
  }
  std::string_view name = base_name(relative_path);
  name = name.substr(0, name.rfind('.'));
  const auto name_words = words(name);
  return std::any_of(name_words.begin(), name_words.end(),
                     [&](const std::string& word) { return is_one_of(k_name_words, word); });
}

ManifestRead
read_manifest(ManifestKind kind, std::string_view text, const std::string& path)
{
  switch (kind) {
  case ManifestKind::pyproject:
    return read_pyproject(text, path);
  case ManifestKind::pipfile:
    return read_pipfile(text, path);
  case ManifestKind::pipfile_lock:
    return read_pipfile_lock(text, path);
  case ManifestKind::toml_lock:
    return read_toml_lock(text, path);
  case ManifestKind::setup_cfg:
    return read_setup_cfg(text, path);
  case ManifestKind::setup_py:
    return read_setup_py(text, path);
  case ManifestKind::django_settings:
    return read_installed_apps(text, path);
  case ManifestKind::requirements:
    return parse_requirements_file(text, path).read;
  }
  return {};
}

} // namespace framewise::scan
