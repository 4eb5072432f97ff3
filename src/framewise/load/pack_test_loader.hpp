#pragma once

#include <framewise/load/source_text.hpp>
#include <framewise/model/diagnostic.hpp>
#include <framewise/model/pack.hpp>
#include <framewise/model/pack_test.hpp>

#include <optional>
#include <vector>

namespace framewise::load {

// Loads one test-case file of a rule pack against the loaded `pack`:
//   cases:
//     - id: cms-with-admin
//       description: ...      # optional
//       source: ...           # optional, the section the case is drawn from
//       answers: {QUESTION: VALUE, ...}   # as in a profile; may be partial
//       expect:
//         recommendation: django
//         ranking: [django, flask]        # the first places, in order
//         min_lead: 10                    # score points
//         fires: [RULE-OR-MISTAKE, ...]
//         not_fires: [RULE-OR-MISTAKE, ...]
// Every problem is reported at its position; nothing is returned when any was.
std::optional<std::vector<model::PackTestCase>> load_pack_tests(const SourceText& source, const model::RulePack& pack,
                                                                model::Diagnostics& diagnostics);

} // namespace framewise::load
