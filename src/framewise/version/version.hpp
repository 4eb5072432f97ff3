#pragma once

#include <string_view>

namespace framewise::version {

// The project version of CMakeLists.txt, e.g. "0.1.0".
inline constexpr std::string_view project = FRAMEWISE_VERSION;

// `git describe --tags --always --dirty` of the tree framewise was built from
// (or, for a `git archive` tarball, of the exported commit); empty when it was
// built from neither. Written at build time by cmake/Version.cmake.
std::string_view git_describe();

} // namespace framewise::version
