#pragma once

#include <framewise/load/yaml_tree.hpp>

#include <string_view>

namespace framewise::load {

// Reads the plain block style that profiles are written in (by hand, by
// `framewise init` and by `--save-profile`) without yaml-cpp, whose scanner
// costs more than the rest of a cold `recommend` together. It knows a strict
// subset:
//   - block maps of simple keys (letters, digits, '_', '-', '.');
//   - block lists of scalars, indented under their key or level with it;
//   - values: plain words (letters, digits, spaces, '_', '.', '/', '+', '-',
//     '@'), quoted text without escapes or line breaks, and one-line flow lists
//     `[a, b]` of those;
//   - comments and blank lines; LF line ends; spaces only.
// On such a text it builds exactly the document yaml-cpp's events would,
// positions included, and returns true. On anything else (and on every error)
// it returns false and leaves `document` empty, so the caller parses the text
// with yaml-cpp, which then reports what is wrong. tests/unit/test_yaml_tree.cpp
// and the fuzz_yaml_fast_path target compare the two readers.
bool parse_yaml_fast_path(std::string_view text, YamlDocument& document);

} // namespace framewise::load
