#pragma once

#include <framewise/load/source_text.hpp>
#include <framewise/load/yaml_tree.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace framewise::load {

// What makes a text not JSON (RFC 8259), at byte `offset`, in a user's words.
struct JsonProblem
{
  std::size_t offset = 0;
  std::string message; // "malformed JSON: ..."
  std::string hint;
};

// Whether `source` is read as strict JSON rather than YAML: a file named
// *.json, or stdin ("<stdin>") whose first non-blank character is '{'.
// YAML would accept a JSON file with a trailing comma or single quotes, which
// jq, editors and the published schema refuse.
bool is_json_source(const SourceText& source);

// Parses `text` as one strict JSON value into `document`, the same tree the
// YAML parser builds (so every loader reads both): objects are maps, arrays
// sequences, strings quoted scalars, numbers, true and false plain scalars as
// written, null a null node; positions are 1-based lines and columns in code
// points. Stops at the first problem, which it returns. Nesting deeper than
// k_max_nesting is a problem, so the recursion is bounded whatever the text.
std::optional<JsonProblem> parse_json(std::string_view text, YamlDocument& document);

} // namespace framewise::load
