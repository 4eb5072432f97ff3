#pragma once

#include <framewise/scan/dependency.hpp>

#include <fmt/format.h>

#include <string>

namespace test {

// "name:role[:group]@line:column" for each dependency a manifest reader found,
// space-separated: one string a test compares with what it expects.
inline std::string
dependency_summary(const framewise::scan::ManifestRead& read)
{
  std::string out;
  for (const auto& dependency : read.dependencies) {
    // fmt, not string '+': GCC 12 flags the latter falsely (-Wrestrict).
    out += fmt::format("{}{}:{}{}@{}:{}", out.empty() ? "" : " ", dependency.name,
                       framewise::scan::to_string(dependency.role),
                       dependency.group.empty() ? std::string() : fmt::format(":{}", dependency.group),
                       dependency.pos.line, dependency.pos.column);
  }
  return out;
}

} // namespace test
