#include "helpers.hpp"

#include <framewise/load/profile_loader.hpp>
#include <framewise/report/scan/scan.hpp>

#include <nlohmann/json.hpp>

using framewise::scan::Dependency;
using framewise::scan::Role;

namespace {

Dependency
declared(std::string name, std::uint32_t line, std::vector<std::string> extras = {})
{
  Dependency out;
  out.name = std::move(name);
  out.extras = std::move(extras);
  out.pos = {"requirements.txt", line, 1};
  out.text = out.name + "\x1b[2J";
  return out;
}

} // namespace

TEST_CASE("scan YAML is a profile that loads back to exactly the proved answers")
{
  const auto& pack = test::builtin_pack();
  const std::vector<Dependency> dependencies = {declared("fastapi", 1), declared("asyncpg", 2), declared("celery", 3),
                                                declared("dramatiq", 4), declared("flask-admin", 5)};
  const framewise::report::ScanRun run{
    pack, "repo", {"repo/requirements.txt"}, framewise::scan::infer_answers(pack, dependencies), 0};
  const std::string yaml = framewise::report::render_scan_yaml(run);
  CHECK(yaml.find('\x1b') == std::string::npos); // the text is escaped in the comments
  framewise::model::Diagnostics diagnostics;
  const auto profile = framewise::load::load_profile({"scan.yaml", yaml}, pack, diagnostics);
  REQUIRE(profile.has_value());
  CHECK(diagnostics.empty());

  // Independently: what each question should hold.
  const auto answered = [&](std::string_view id) { return profile->answers[pack.question_index(id)]; };
  const auto& framework = pack.questions[pack.question_index("current_framework")];
  CHECK(answered("current_framework").answered);
  CHECK(answered("current_framework").value == framework.option_index("fastapi"));
  CHECK(answered("async_db_driver").answered);
  CHECK(answered("async_db_driver").value == 1);
  CHECK(answered("needs_admin").value == 1);
  CHECK_FALSE(answered("needs_realtime").answered);
  CHECK(answered("extras").item_count == 2); // celery and the free name dramatiq
  REQUIRE(profile->other_items[pack.question_index("extras")].size() == 1);
  CHECK(profile->other_items[pack.question_index("extras")][0] == "dramatiq");

  // The JSON says the same.
  const auto json = nlohmann::json::parse(framewise::report::render_scan_json(run));
  CHECK(json["answers"]["current_framework"] == "fastapi");
  CHECK(json["answers"]["async_db_driver"] == true);
  CHECK(json["answers"]["extras"] == nlohmann::json::array({"celery", "dramatiq"}));
  CHECK(json["evidence"]["async_db_driver"][0]["line"] == 2);
  CHECK(json["evidence"]["async_db_driver"][0]["text"] == "asyncpg\x1b[2J"); // JSON escapes it itself
}

TEST_CASE("scan YAML with nothing proved is still a profile")
{
  const auto& pack = test::builtin_pack();
  const framewise::report::ScanRun run{pack, "empty", {}, {}, 0};
  framewise::model::Diagnostics diagnostics;
  const auto profile =
    framewise::load::load_profile({"scan.yaml", framewise::report::render_scan_yaml(run)}, pack, diagnostics);
  REQUIRE(profile.has_value());
  for (const auto& answer : profile->answers) {
    CHECK_FALSE(answer.answered);
  }
}
