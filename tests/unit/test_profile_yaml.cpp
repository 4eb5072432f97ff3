#include "helpers.hpp"

#include <framewise/report/recommend/profile_yaml.hpp>

TEST_SUITE("report::render_profile_yaml")
{
  TEST_CASE("a written profile loads back to the same answers")
  {
    const auto& pack = test::builtin_pack();
    const auto original = test::profile_from(pack, R"(name: "odd \"name\": with # chars"
answers:
  project_kind: ml_service
  team_size: 7
  needs_admin: false
  team_expertise: []
  extras: [celery, "my: tool", "#x"]
)");
    const std::string written = framewise::report::render_profile_yaml(pack, original);
    const auto reloaded = test::profile_from(pack, written);
    CHECK(reloaded.answers == original.answers);
    CHECK(reloaded.other_items == original.other_items);
    CHECK(reloaded.name == original.name);
  }

  TEST_CASE("a profile with no answers is still a valid profile")
  {
    const auto& pack = test::builtin_pack();
    const auto empty = test::profile_from(pack, "answers: {}\n");
    CHECK(test::profile_errors(pack, framewise::report::render_profile_yaml(pack, empty)) == "ok");
  }
}
