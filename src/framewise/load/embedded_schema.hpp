#pragma once

#include <framewise/load/source_text.hpp>

#include <span>

namespace framewise::load {

// data/schema/output.schema.json, the JSON Schema of the JSON output, and
// data/schema/rules.schema.json, of a rule-pack file, embedded at build time;
// the name is the source-tree path. (The profile schema is
// generated from the questions instead, see report/profile_schema.hpp.)
std::span<const SourceText> embedded_schema_files();

} // namespace framewise::load
