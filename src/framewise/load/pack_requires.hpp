#pragma once

#include <framewise/load/yaml_reader.hpp>

#include <string_view>

namespace framewise::load {

// Checks a pack file's `requires: framewise >= X.Y` (or X.Y.Z) against
// `version` (framewise's own, "0.1.0"): a malformed requirement, or one this
// framewise does not meet, is reported at `node`. True when it is met.
bool check_requires(YamlReader& reader, YamlNode node, std::string_view version);

} // namespace framewise::load
