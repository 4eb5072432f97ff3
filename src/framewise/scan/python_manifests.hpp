#pragma once

#include <framewise/scan/dependency.hpp>

#include <string>
#include <string_view>

namespace framewise::scan {

// Readers of Python files as text (scan/python_tokens.hpp): nothing is
// imported or run. A value is read only when it is a literal list or tuple of
// plain strings, or a module-level name bound once to one; anything else
// (a call, a comprehension, an f-string, reading a file) is computed, and
// said so in `notes` with its position.

// setup.py: `install_requires=[...]` (declared), `extras_require={"x": [...]}`
// (optional) and `tests_require=[...]` (group) of the setup() call.
ManifestRead read_setup_py(std::string_view text, const std::string& path);

// A Django settings module: the entries of module-level `INSTALLED_APPS = ...`
// and `INSTALLED_APPS += ...` (Role::app), where the value is literal lists
// and names of module-level literal lists joined with '+'
// (DJANGO_APPS + THIRD_PARTY_APPS), as cookiecutter-django writes it.
ManifestRead read_installed_apps(std::string_view text, const std::string& path);

} // namespace framewise::scan
