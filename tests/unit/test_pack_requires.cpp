// A pack file's `requires: framewise >= X.Y`, checked against this
// framewise's version (FRAMEWISE_VERSION, 0.1.0 in this tree).
#include "helpers.hpp"

#include <framewise/load/pack_requires.hpp>

namespace {

std::string
errors(std::string_view requirement, std::string_view version)
{
  const std::string text = "requires: " + std::string(requirement) + "\n";
  framewise::model::Diagnostics diagnostics;
  framewise::load::YamlReader reader({"pack.yaml", text}, framewise::model::Domain::rules, diagnostics);
  const auto root = reader.parse();
  REQUIRE(root);
  const bool met = framewise::load::check_requires(reader, *framewise::load::find_key(*root, "requires"), version);
  std::string out;
  for (const auto& diagnostic : diagnostics) {
    out += framewise::report::render_diagnostic(diagnostic);
  }
  CHECK(met == out.empty());
  return met ? "ok" : out;
}

} // namespace

TEST_SUITE("load::check_requires")
{
  TEST_CASE("met at the exact version and below it, not one past it")
  {
    CHECK(errors("framewise >= 0.1", "0.1.0") == "ok");
    CHECK(errors("framewise >= 0.1.0", "0.1.0") == "ok");
    CHECK(errors("framewise >= 0.0.9", "0.1.0") == "ok");
    CHECK(errors("framewise >= 1.2", "1.10.0") == "ok"); // numbers, not text: 10 > 2
    CHECK(errors("framewise >= 0.1.1", "0.1.0")
            .starts_with("pack.yaml:1:11: rules: this pack requires framewise >= 0.1.1, and this is framewise 0.1.0"));
    CHECK(errors("framewise >= 0.2", "0.1.0").find("upgrade framewise") != std::string::npos);
  }

  TEST_CASE("anything but 'framewise >= X.Y[.Z]' is malformed")
  {
    for (const char* bad : {"framewise >= 1", "framewise > 0.1", "framework >= 0.1", "framewise >= 0.1.",
                            "framewise >= 0.x", "framewise >= 0.1.0.0", "framewise >= -1.0", "[framewise]"}) {
      CAPTURE(bad);
      const std::string out = errors(bad, "0.1.0");
      CHECK((out.find("not 'framewise >= X.Y'") != std::string::npos || out.find("'requires'") != std::string::npos));
    }
  }

  TEST_CASE("a pack file may carry it; this framewise meets 0.1")
  {
    CHECK(test::pack_errors(std::string("requires: framewise >= 0.1\n") + std::string(test::k_small_pack)) == "ok");
    CHECK(test::pack_errors(std::string("requires: framewise >= 99.0\n") + std::string(test::k_small_pack))
            .starts_with("input:1:11: rules: this pack requires framewise >= 99.0.0, and this is framewise "));
  }
}
