// report/check*: what each format of `framewise check` shows for a finding,
// and how it escapes what it did not write itself (paths, texts).
#include "helpers.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/report/check/check.hpp>

#include <nlohmann/json.hpp>

namespace {

using framewise::report::CheckedProfile;
using framewise::report::CheckRun;

// The built-in pack's flask-for-enterprise example, checked under `path`.
CheckedProfile
checked(const std::string& path, const framewise::engine::GateOptions& options = {})
{
  const auto& pack = test::builtin_pack();
  CheckedProfile profile;
  profile.path = path;
  profile.profile = test::profile_from(pack, "name: shop\n"
                                             "answers:\n"
                                             "  lifecycle: long_lived\n"
                                             "  current_framework: flask\n"
                                             "  needs_admin: true\n"
                                             "  needs_auth: true\n"
                                             "  needs_reporting: true\n");
  profile.result = framewise::engine::evaluate(pack, profile.profile.answers);
  profile.gate = framewise::engine::gate_findings(pack, profile.profile.answers, profile.result, options);
  profile.failed = framewise::engine::gate_fails(pack, profile.result, profile.gate, options.fail_on);
  return profile;
}

} // namespace

TEST_SUITE("report::check_findings")
{
  TEST_CASE("a finding points at the lines of the answers that made it fire, first in questionnaire order")
  {
    const std::vector<CheckedProfile> profiles = {checked("shop.yaml")};
    const CheckRun run{test::builtin_pack(), profiles, {}, "1.0"};
    const auto rules = framewise::report::check_rules(run);
    const auto findings = framewise::report::check_findings(run, rules, profiles[0]);
    REQUIRE(findings.size() == 2);
    CHECK(rules[findings[0].rule].id == "flask-for-enterprise");
    REQUIRE(findings[0].locations.size() == 5);
    CHECK(findings[0].locations[0].pos.file == "shop.yaml");
    CHECK(findings[0].locations[0].pos.line == 3); // lifecycle
    CHECK(findings[0].locations[0].pos.column == 3);
    CHECK(findings[0].fails_gate);
    CHECK(rules[findings[1].rule].id == "framework-mismatch");
    CHECK(findings[1].locations.size() == 1);
    CHECK(findings[1].locations[0].pos.line == 4); // current_framework
    CHECK_FALSE(findings[1].fails_gate);
  }

  TEST_CASE("an expectation with no answer behind it points at line 1")
  {
    framewise::engine::GateOptions options;
    options.expect = static_cast<std::uint32_t>(test::builtin_pack().framework_index("flask"));
    const std::vector<CheckedProfile> profiles = {checked("shop.yaml", options)};
    const CheckRun run{test::builtin_pack(), profiles, options, "1.0"};
    const auto rules = framewise::report::check_rules(run);
    const auto findings = framewise::report::check_findings(run, rules, profiles[0]);
    REQUIRE(findings.size() == 3);
    // In file order: line 1 comes before the answers the mistakes point at.
    CHECK(rules[findings[0].rule].id == "unexpected-recommendation");
    CHECK(findings[0].locations[0].pos.line == 1);
    CHECK(findings[1].locations[0].pos.line <= findings[2].locations[0].pos.line);
    // Scores are left out: they move whenever the built-in pack is tuned.
    CHECK(findings[0].message.starts_with("Expected Flask, but the answers recommend Django (score "));
    CHECK(findings[0].fix.find("'framewise recommend --profile shop.yaml'") != std::string::npos);
    CHECK(findings[0].fix.find("PROFILE") == std::string::npos);
  }

  TEST_CASE("fingerprints are stable, 32 hex digits, and differ by path and by rule")
  {
    using framewise::report::fingerprint;
    // Stable across runs and builds, so a finding a code-scanning service has
    // stored keeps matching: the values were computed outside framewise (two
    // 64-bit FNV-1a hashes of path NUL rule, offsets 0xcbf29ce484222325 and
    // 0x84222325cbf29ce4, in Python).
    CHECK(fingerprint("a.yaml", "x") == "c6b85ad59ab8c685fde22de3cb17608c");
    CHECK(fingerprint("dir/b.yaml", "flask-for-enterprise") == "8d03490315877df9f0dd26a1373cd0fe");
    CHECK(fingerprint("a.yaml", "x").size() == 32);
    CHECK(fingerprint("a.yaml", "x") != fingerprint("b.yaml", "x"));
    CHECK(fingerprint("a.yaml", "x") != fingerprint("a.yaml", "y"));
    CHECK(fingerprint("ab", "c") != fingerprint("a", "bc"));
  }
}

TEST_SUITE("report::render_check_*")
{
  TEST_CASE("github: properties and messages are escaped as workflow commands require")
  {
    const std::vector<CheckedProfile> profiles = {checked("dir,1/a:b%.yaml")};
    const CheckRun run{test::builtin_pack(), profiles, {}, "1.0"};
    const std::string out = framewise::report::render_check_github(run);
    CHECK(out.rfind("::error file=dir%2C1/a%3Ab%25.yaml,line=3,col=3,title=framewise flask-for-enterprise%3A ", 0) ==
          0);
    CHECK(out.find("\n::warning file=dir%2C1/a%3Ab%25.yaml,line=4,col=3,") != std::string::npos);
    // One line per finding: the message's line breaks are %0A.
    CHECK(std::count(out.begin(), out.end(), '\n') == 2);
    CHECK(out.find("%0Afix: ") != std::string::npos);
  }

  TEST_CASE("sarif: URIs are percent-encoded, absolute paths become file URIs, ruleIndex matches ruleId")
  {
    const std::vector<CheckedProfile> profiles = {checked("my profile.yaml"), checked("/abs/shop.yaml")};
    const CheckRun run{test::builtin_pack(), profiles, {}, "1.0"};
    const auto log = nlohmann::json::parse(framewise::report::render_check_sarif(run));
    const auto& sarif_run = log["runs"][0];
    REQUIRE(sarif_run["results"].size() == 4);
    for (const auto& result : sarif_run["results"]) {
      CHECK(sarif_run["tool"]["driver"]["rules"][result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    }
    const auto uri = [&](std::size_t i) {
      return sarif_run["results"][i]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    };
    CHECK(uri(0) == "my%20profile.yaml");
    CHECK(uri(2) == "file:///abs/shop.yaml");
    CHECK(sarif_run["results"][0]["relatedLocations"].size() == 4);
  }

  TEST_CASE("junit: a testcase per rule, the firing one failed, names escaped for XML")
  {
    const std::vector<CheckedProfile> profiles = {checked("a&b<c>.yaml")};
    const CheckRun run{test::builtin_pack(), profiles, {}, "1.0"};
    const std::string xml = framewise::report::render_check_junit(run);
    const std::size_t rules = framewise::report::check_rules(run).size();
    std::size_t testcases = 0;
    for (std::size_t at = xml.find("<testcase "); at != std::string::npos; at = xml.find("<testcase ", at + 1)) {
      ++testcases;
    }
    CHECK(testcases == rules);
    CHECK(xml.find("<testsuite name=\"a&amp;b&lt;c&gt;.yaml\"") != std::string::npos);
    CHECK(xml.find("failures=\"1\"") != std::string::npos); // the warning is below --fail-on error
    CHECK(xml.find("<failure message=\"Flask for an enterprise app that needs auth, admin and reporting\" "
                   "type=\"error\">") != std::string::npos);
  }

  TEST_CASE("text: each finding at path:line:col, then the verdict")
  {
    const std::vector<CheckedProfile> profiles = {checked("shop.yaml")};
    const CheckRun run{test::builtin_pack(), profiles, {}, "1.0"};
    const std::string text = framewise::report::render_check_text(run, {});
    CHECK(text.find("\nshop.yaml:3:3: error flask-for-enterprise\n") != std::string::npos);
    CHECK(text.find("\nshop.yaml:4:3: warning framework-mismatch\n") != std::string::npos);
    CHECK(text.ends_with("\ncheck failed: 1 error, 1 warning, 0 info in 1 profile (--fail-on error)\n"));
  }
}
