#pragma once

#include <framewise/model/diagnostic.hpp>

#include <string>

namespace framewise::report {

// Formats a diagnostic for stderr, like a compiler:
//   profile.yaml:4:3: profile: unknown question 'concurent_users'
//     concurent_users: 2000
//     ^
//   hint: did you mean 'concurrent_users'?
// The first word after the position names the input at fault (profile, rules,
// usage). The source line is cut to 72 columns around the caret, and every
// piece of input text is escaped so it cannot drive the terminal.
std::string render_diagnostic(const model::Diagnostic& diagnostic);

const char* to_string(model::Domain domain);

} // namespace framewise::report
