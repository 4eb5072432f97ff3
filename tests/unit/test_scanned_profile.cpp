// scan::merge_scan: what `check --scan` and `recommend --scan` evaluate, and
// where a profile contradicts the code.
#include "helpers.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/report/check/check.hpp>
#include <framewise/scan/scanned_profile.hpp>

#include <fmt/format.h>

namespace {

using framewise::scan::Dependency;
using framewise::scan::EvidenceItem;
using framewise::scan::Inference;
using framewise::scan::InferredAnswer;
using framewise::scan::merge_scan;
using framewise::scan::Role;

std::uint32_t
question(std::string_view id)
{
  const auto& questions = test::builtin_pack().questions;
  for (std::uint32_t q = 0; q < questions.size(); ++q) {
    if (questions[q].id == id) {
      return q;
    }
  }
  FAIL("no question " << id);
  return 0;
}

EvidenceItem
item(std::string text, std::string value, std::uint32_t line, bool decides = true)
{
  EvidenceItem out;
  out.dependency.name = text;
  out.dependency.text = text;
  out.dependency.role = decides ? Role::declared : Role::lock;
  out.dependency.pos = {"requirements.txt", line, 1};
  out.rule = "row";
  out.value = std::move(value);
  out.decides = decides;
  return out;
}

InferredAnswer
scanned(std::string_view id, std::vector<std::string> values, std::vector<EvidenceItem> evidence)
{
  return InferredAnswer{question(id), std::move(values), std::move(evidence)};
}

// The profile fastapi-psycopg2's requirements.txt proves.
Inference
fastapi_on_psycopg2()
{
  Inference inference;
  inference.answers.push_back(scanned("current_framework", {"fastapi"}, {item("fastapi==0.110", "fastapi", 1)}));
  inference.answers.push_back(scanned(
    "async_db_driver", {"false"}, {item("psycopg2==2.9.9", "false", 3), item("psycopg2 (lock)", "false", 9, false)}));
  inference.answers.push_back(
    scanned("extras", {"celery", "redis"}, {item("celery", "celery", 4), item("redis", "redis", 5)}));
  return inference;
}

framewise::model::Profile
profile(std::string_view answers)
{
  return test::profile_from(test::builtin_pack(), fmt::format("answers:\n{}", answers));
}

} // namespace

TEST_SUITE("scan::merge_scan")
{
  TEST_CASE("a question the profile leaves unanswered takes the scanned answer and its evidence")
  {
    const auto merged = merge_scan(test::builtin_pack(), profile("  project_kind: api\n"), fastapi_on_psycopg2());
    const auto& answers = merged.profile.answers;
    const auto& pack = test::builtin_pack();
    CHECK(answers[question("project_kind")].answered);
    REQUIRE(answers[question("current_framework")].answered);
    CHECK(answers[question("current_framework")].value ==
          pack.questions[question("current_framework")].option_index("fastapi"));
    REQUIRE(answers[question("async_db_driver")].answered);
    CHECK(answers[question("async_db_driver")].value == 0);
    CHECK(answers[question("extras")].item_count == 2);
    // Evidence: the deciding line first, then what confirms it.
    REQUIRE(merged.evidence[question("async_db_driver")].size() == 2);
    CHECK(merged.evidence[question("async_db_driver")][0].dependency.pos.line == 3);
    CHECK(merged.evidence[question("async_db_driver")][1].dependency.pos.line == 9);
    CHECK(merged.evidence[question("project_kind")].empty());                   // declared, not scanned
    CHECK_FALSE(merged.profile.positions[question("async_db_driver")].known()); // no profile line to point at
    CHECK(merged.contradictions.empty());
  }

  TEST_CASE("a declared answer wins; where it differs from the code, a contradiction at the profile line")
  {
    const auto merged = merge_scan(
      test::builtin_pack(), profile("  async_db_driver: true\n  current_framework: fastapi\n"), fastapi_on_psycopg2());
    CHECK(merged.profile.answers[question("async_db_driver")].value == 1); // the profile's answer is kept
    REQUIRE(merged.contradictions.size() == 1);
    const auto& contradiction = merged.contradictions[0];
    CHECK(contradiction.question == question("async_db_driver"));
    CHECK(contradiction.proved == std::vector<std::string>{"false"});
    CHECK(contradiction.declared_at.line == 2);
    REQUIRE_FALSE(contradiction.evidence.empty());
    CHECK(contradiction.evidence[0].decides);
    CHECK(contradiction.evidence[0].dependency.pos.line == 3);
    CHECK(merged.evidence[question("async_db_driver")].empty()); // the answer is the profile's, not the scan's
  }

  TEST_CASE("a choice that differs is a contradiction; the same choice is not")
  {
    CHECK(merge_scan(test::builtin_pack(), profile("  current_framework: flask\n"), fastapi_on_psycopg2())
            .contradictions.size() == 1);
    CHECK(merge_scan(test::builtin_pack(), profile("  current_framework: none\n"), fastapi_on_psycopg2())
            .contradictions.size() == 1);
    CHECK(merge_scan(test::builtin_pack(), profile("  current_framework: fastapi\n"), fastapi_on_psycopg2())
            .contradictions.empty());
  }

  TEST_CASE("a list may plan more than the code has, but not leave out what the code uses")
  {
    const auto& pack = test::builtin_pack();
    CHECK(merge_scan(pack, profile("  extras: [celery, redis, drf]\n"), fastapi_on_psycopg2()).contradictions.empty());
    const auto merged = merge_scan(pack, profile("  extras: [redis, kafka]\n"), fastapi_on_psycopg2());
    REQUIRE(merged.contradictions.size() == 1);
    CHECK(merged.contradictions[0].proved == std::vector<std::string>{"celery"});
    // Only the evidence of what is left out.
    REQUIRE(merged.contradictions[0].evidence.size() == 1);
    CHECK(merged.contradictions[0].evidence[0].value == "celery");
    const auto empty_list = merge_scan(pack, profile("  extras: []\n"), fastapi_on_psycopg2());
    REQUIRE(empty_list.contradictions.size() == 1);
    CHECK(empty_list.contradictions[0].proved == std::vector<std::string>{"celery", "redis"});
  }

  TEST_CASE("a scanned value no option of the question names is skipped, never a wrong answer")
  {
    Inference inference;
    inference.answers.push_back(scanned("current_framework", {"bottle"}, {item("bottle", "bottle", 1)}));
    inference.answers.push_back(scanned("async_db_driver", {"maybe"}, {item("x", "maybe", 2)}));
    const auto merged = merge_scan(test::builtin_pack(), profile("  async_db_driver: true\n"), inference);
    CHECK_FALSE(merged.profile.answers[question("current_framework")].answered);
    CHECK(merged.contradictions.empty());
  }

  TEST_CASE("an integer question takes a number within its range only")
  {
    Inference inference;
    inference.answers.push_back(scanned("team_size", {"4"}, {item("x", "4", 1)}));
    inference.answers.push_back(scanned("io_wait_percent", {"101"}, {item("y", "101", 2)}));
    const auto merged =
      merge_scan(test::builtin_pack(), framewise::scan::empty_profile(test::builtin_pack()), inference);
    REQUIRE(merged.profile.answers[question("team_size")].answered);
    CHECK(merged.profile.answers[question("team_size")].value == 4);
    CHECK_FALSE(merged.profile.answers[question("io_wait_percent")].answered);
  }
}

TEST_SUITE("report::check_findings with --scan")
{
  // The profile of check --scan over fastapi-on-psycopg2, evaluated.
  framewise::report::CheckedProfile checked_scan(std::string_view answers)
  {
    const auto& pack = test::builtin_pack();
    auto merged = merge_scan(pack, profile(answers), fastapi_on_psycopg2());
    framewise::report::CheckedProfile checked;
    checked.path = "framewise.yaml";
    checked.profile = std::move(merged.profile);
    checked.evidence = std::move(merged.evidence);
    checked.contradictions = std::move(merged.contradictions);
    checked.result = framewise::engine::evaluate(pack, checked.profile.answers);
    return checked;
  }

  TEST_CASE("a mistake a scanned answer makes fire points at the manifest line, the profile's lines related")
  {
    const std::vector profiles = {
      checked_scan("  project_kind: api\n  io_wait_percent: 80\n  concurrent_users: 500\n")};
    const framewise::report::CheckRun run{test::builtin_pack(), profiles, {}, "1.0", true};
    const auto rules = framewise::report::check_rules(run);
    const auto findings = framewise::report::check_findings(run, rules, profiles[0]);
    const auto sync_driver = std::find_if(findings.begin(), findings.end(), [&](const auto& finding) {
      return rules[finding.rule].id == "fastapi-sync-db-driver";
    });
    REQUIRE(sync_driver != findings.end());
    // The driver's line, not FastAPI's: that is where the fix is.
    CHECK(sync_driver->locations[0].pos.file == "requirements.txt");
    CHECK(sync_driver->locations[0].pos.line == 3);
    CHECK(sync_driver->locations[1].pos.line == 1); // the framework's evidence
    CHECK(std::any_of(sync_driver->locations.begin() + 2, sync_driver->locations.end(), [](const auto& at) {
      return at.pos.file == "framewise.yaml" && at.pos.line == 3; // io_wait_percent, a related location
    }));
  }

  TEST_CASE("profile-contradicts-code is an error at the evidence, with the profile line related, once per question")
  {
    const std::vector profiles = {checked_scan("  async_db_driver: true\n  extras: [redis]\n")};
    const framewise::report::CheckRun run{test::builtin_pack(), profiles, {}, "1.0", true};
    const auto rules = framewise::report::check_rules(run);
    const auto findings = framewise::report::check_findings(run, rules, profiles[0]);
    std::vector<const framewise::report::CheckFinding*> contradictions;
    for (const auto& finding : findings) {
      if (rules[finding.rule].id == "profile-contradicts-code") {
        contradictions.push_back(&finding);
      }
    }
    REQUIRE(contradictions.size() == 2);
    CHECK(contradictions[0]->severity == framewise::model::Severity::error);
    CHECK(contradictions[0]->fails_gate);
    CHECK(contradictions[0]->locations[0].pos.line == 3); // psycopg2
    CHECK(contradictions[0]->locations[1].pos.file == "framewise.yaml");
    CHECK(contradictions[0]->locations[1].pos.line == 2);
    CHECK(contradictions[1]->locations[0].pos.line == 4); // celery, left out of extras
    CHECK(contradictions[0]->message.find("psycopg2==2.9.9") != std::string::npos);
    // Two findings of one rule in one profile keep apart in CI services.
    CHECK(framewise::report::finding_fingerprint(profiles[0], rules[contradictions[0]->rule], *contradictions[0]) !=
          framewise::report::finding_fingerprint(profiles[0], rules[contradictions[1]->rule], *contradictions[1]));
    CHECK(framewise::report::check_totals(run).errors == 2);
  }

  TEST_CASE("without --scan the rule is not listed, and its id is reserved")
  {
    const std::vector profiles = {checked_scan("  project_kind: api\n")};
    const framewise::report::CheckRun run{test::builtin_pack(), profiles, {}, "1.0"};
    const auto rules = framewise::report::check_rules(run);
    CHECK(
      std::none_of(rules.begin(), rules.end(), [](const auto& rule) { return rule.id == "profile-contradicts-code"; }));
    CHECK(framewise::report::is_gate_rule_id("profile-contradicts-code"));
  }
}
