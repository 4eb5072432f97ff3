#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::load {

// Levenshtein distance between `a` and `b`, counting an adjacent swap as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

// `name` with ASCII letters in lowercase: ids (questions, options,
// frameworks) are lowercase, and a person may type `FastAPI` or `Flask`.
std::string folded_name(std::string_view name);

// The candidate closest to `word` when it is close enough to be a likely typo
// (about one edit in three characters), else an empty string.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

} // namespace framewise::load
