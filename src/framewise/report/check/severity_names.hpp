#pragma once

#include <framewise/model/pack.hpp>

#include <array>
#include <cstddef>

namespace framewise::report {

// Each CI format's word for a severity, in the order info, warning, error. The
// text, JSON, JUnit and summary reports use the pack's own words
// (model::to_string).
using SeverityNames = std::array<const char*, 3>;

// GitHub workflow commands: ::notice, ::warning, ::error.
inline constexpr SeverityNames k_github_severities{"notice", "warning", "error"};

// SARIF result levels.
inline constexpr SeverityNames k_sarif_levels{"note", "warning", "error"};

// GitLab's Code Quality severities are info, minor, major, critical, blocker.
inline constexpr SeverityNames k_gitlab_severities{"info", "major", "critical"};

// A format's word for `severity`.
inline const char*
severity_name(model::Severity severity, const SeverityNames& names)
{
  return names[static_cast<std::size_t>(severity)];
}

} // namespace framewise::report
