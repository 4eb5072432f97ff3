#pragma once

#include <framewise/scan/dependency.hpp>

#include <string>
#include <string_view>

namespace framewise::scan {

// setup.cfg, read as configparser reads it (setuptools' declarative config):
// `[section]` headers, `key = value` or `key: value`, indented lines continue
// the value above, lines starting with '#' or ';' are comments. Reads
// [options] install_requires (declared) and tests_require (group), and each
// key of [options.extras_require] (optional). Within a value, one requirement
// per line; an empty line or a "#" comment is skipped (as setuptools does).
ManifestRead read_setup_cfg(std::string_view text, const std::string& path);

// Pipfile.lock (JSON): each package of "default" is a lock entry, and of
// "develop" a lock entry of group "develop".
ManifestRead read_pipfile_lock(std::string_view text, const std::string& path);

} // namespace framewise::scan
