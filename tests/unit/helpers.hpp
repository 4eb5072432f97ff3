#pragma once

#include <framewise/load/embedded_pack.hpp>
#include <framewise/load/pack_loader.hpp>
#include <framewise/load/profile_loader.hpp>
#include <framewise/report/diagnostic_text.hpp>

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace test {

// A pack small enough to reason about by hand: two frameworks and one question
// of each type.
inline constexpr std::string_view k_small_pack = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - {id: kind, prompt: p, help: h, type: choice, options: [api, site, tool], source: s}
  - {id: users, prompt: p, help: h, type: integer, min: 0, max: 1000, source: s}
  - {id: admin, prompt: p, help: h, type: boolean, source: s}
  - {id: stack, prompt: p, help: h, type: list, open: true, options: [redis, celery], source: s}
)";

// Loads `text` (named "input") on its own as a rule pack; the rendered
// diagnostics, joined, when it fails.
inline std::string
pack_errors(std::string_view text)
{
  const framewise::load::PackLayer layer{{{"input", text}}};
  framewise::model::Diagnostics diagnostics;
  const auto pack = framewise::load::load_pack({&layer, 1}, diagnostics);
  std::string out;
  for (const auto& diagnostic : diagnostics) {
    out += framewise::report::render_diagnostic(diagnostic);
  }
  return pack ? std::string("ok") : out;
}

inline framewise::model::RulePack
pack_from(std::string_view text)
{
  const framewise::load::PackLayer layer{{{"input", text}}};
  framewise::model::Diagnostics diagnostics;
  auto pack = framewise::load::load_pack({&layer, 1}, diagnostics);
  if (!pack) {
    throw std::runtime_error("test pack does not load: " + pack_errors(text));
  }
  return std::move(*pack);
}

inline const framewise::model::RulePack&
builtin_pack()
{
  static const framewise::model::RulePack pack = [] {
    const auto files = framewise::load::embedded_pack_files();
    const framewise::load::PackLayer layer{{files.begin(), files.end()}};
    framewise::model::Diagnostics diagnostics;
    auto loaded = framewise::load::load_pack({&layer, 1}, diagnostics);
    if (!loaded) {
      throw std::runtime_error("the built-in pack does not load");
    }
    return std::move(*loaded);
  }();
  return pack;
}

// Loads a profile given as text (named "input"); the rendered diagnostics, or "ok".
inline std::string
profile_errors(const framewise::model::RulePack& pack, std::string_view text)
{
  framewise::model::Diagnostics diagnostics;
  const auto profile = framewise::load::load_profile({"input", text}, pack, diagnostics);
  std::string out;
  for (const auto& diagnostic : diagnostics) {
    out += framewise::report::render_diagnostic(diagnostic);
  }
  return profile ? std::string("ok") : out;
}

inline framewise::model::Profile
profile_from(const framewise::model::RulePack& pack, std::string_view text)
{
  framewise::model::Diagnostics diagnostics;
  auto profile = framewise::load::load_profile({"input", text}, pack, diagnostics);
  if (!profile) {
    throw std::runtime_error("test profile does not load: " + profile_errors(pack, text));
  }
  return std::move(*profile);
}

} // namespace test
