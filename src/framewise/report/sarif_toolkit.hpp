#pragma once

#include <string>
#include <string_view>

namespace framewise::report {

// A SARIF artifact URI for a path as given: relative paths stay relative (code
// scanning resolves them against the repository root), absolute ones become
// file:// URIs, and anything outside the unreserved set is percent-encoded.
std::string artifact_uri(std::string_view path);

// "flask-for-enterprise" -> "FlaskForEnterprise" ('-' and '_' both start a
// word), SARIF's convention for rule names.
std::string pascal_case(std::string_view id);

} // namespace framewise::report
