#include "helpers.hpp"

using framewise::model::Answer;

TEST_SUITE("load::load_profile")
{
  TEST_CASE("reads every question type into engine answers")
  {
    const auto& pack = test::builtin_pack();
    const auto profile = test::profile_from(pack, R"(version: 1
name: billing-api
answers:
  project_kind: web_app
  concurrent_users: 2000
  needs_admin: yes
  team_expertise: [flask, django]
  extras: [redis, sentry]
  needs_auth:
)");
    CHECK(profile.name == "billing-api");
    const auto at = [&](const char* id) { return profile.answers[static_cast<std::size_t>(pack.question_index(id))]; };
    CHECK(at("project_kind") == Answer{true, 1, 0, 0});
    CHECK(at("concurrent_users") == Answer{true, 2000, 0, 0});
    CHECK(at("needs_admin") == Answer{true, 1, 0, 0});
    CHECK(at("team_expertise") == Answer{true, 0, 0b110, 2});
    CHECK(at("extras").items == 0b100);     // redis is option 2
    CHECK(at("extras").item_count == 2);    // sentry is kept, not matched
    CHECK_FALSE(at("needs_auth").answered); // null = unanswered
    CHECK_FALSE(at("lifecycle").answered);
    CHECK(profile.positions[static_cast<std::size_t>(pack.question_index("concurrent_users"))].line == 5);
  }

  TEST_CASE("JSON profiles load the same as YAML")
  {
    const auto& pack = test::builtin_pack();
    const auto json = test::profile_from(pack, R"({"answers": {"project_kind": "api", "team_size": 3}})");
    const auto yaml = test::profile_from(pack, "answers:\n  project_kind: api\n  team_size: 3\n");
    CHECK(json.answers == yaml.answers);
  }

  TEST_CASE("unknown question id points at the key with a suggestion")
  {
    CHECK(test::profile_errors(test::builtin_pack(), "answers:\n  concurent_users: 20\n") ==
          "input:2:3: profile: unknown question 'concurent_users'\n"
          "    concurent_users: 20\n"
          "    ^\n"
          "hint: did you mean 'concurrent_users'?\n");
  }

  TEST_CASE("out-of-range value points at the value")
  {
    CHECK(test::profile_errors(test::builtin_pack(), "answers:\n  io_wait_percent: 150\n") ==
          "input:2:20: profile: 150 is out of range for 'io_wait_percent'\n"
          "    io_wait_percent: 150\n"
          "                     ^\n"
          "hint: expected a whole number from 0 to 100\n");
  }

  TEST_CASE("JSON error positions are right")
  {
    CHECK(test::profile_errors(test::builtin_pack(), "{\"answers\": {\n  \"team_size\": \"five\"}}\n") ==
          "input:2:16: profile: the answer to 'team_size' must be a whole number, got 'five'\n"
          "    \"team_size\": \"five\"}}\n"
          "                 ^\n");
    CHECK(
      test::profile_errors(test::builtin_pack(), "{\"answers\": {\n  \"team_size\": 3\n  \"needs_admin\": true}}\n") ==
      "input:2:17: profile: malformed JSON: expected ',' after this\n"
      "    \"team_size\": 3\n"
      "                  ^\n"
      "hint: separate the entries with ','\n");
  }

  TEST_CASE("a quoted number is text, not a number")
  {
    CHECK(test::profile_errors(test::builtin_pack(), "answers: {team_size: \"5\"}\n")
            .find("must be a whole number, got the quoted text \"5\"") != std::string::npos);
  }

  TEST_CASE("unknown option of a choice suggests the close one")
  {
    const std::string errors = test::profile_errors(test::builtin_pack(), "answers: {project_kind: apii}\n");
    CHECK(errors.find("'apii' is not an option of 'project_kind'") != std::string::npos);
    CHECK(errors.find("hint: did you mean 'api'?") != std::string::npos);
  }

  TEST_CASE("every problem is reported, not just the first")
  {
    const std::string errors =
      test::profile_errors(test::builtin_pack(), "answers:\n  team_size: 0\n  needs_admin: maybe\n  bogus: 1\n");
    CHECK(errors.find("input:2:") != std::string::npos);
    CHECK(errors.find("input:3:") != std::string::npos);
    CHECK(errors.find("input:4:") != std::string::npos);
  }

  TEST_CASE("answers at the top level get a hint to move them under answers:")
  {
    CHECK(test::profile_errors(test::builtin_pack(), "project_kind: api\n") ==
          "input:1:1: profile: unknown key 'project_kind' in the profile\n"
          "  project_kind: api\n"
          "  ^\n"
          "hint: answers go under 'answers:', e.g. answers: {project_kind: ...}\n");
  }

  TEST_CASE("an unknown top-level key with no close name is an error that lists the keys")
  {
    const auto& pack = test::builtin_pack();
    CHECK(test::profile_errors(pack, "owner: bob\nanswers: {project_kind: api}\n") ==
          "input:1:1: profile: unknown key 'owner' in the profile\n"
          "  owner: bob\n"
          "  ^\n"
          "hint: expected one of: version, name, answers, waivers\n");
    // The same in JSON, and after valid keys.
    CHECK(test::profile_errors(pack, "{\"answers\": {}, \"owner\": \"bob\"}")
            .find("input:1:17: profile: unknown key 'owner' in the profile") != std::string::npos);
    CHECK(test::profile_errors(pack, "version: 1\nname: n\nanswers: {}\nx: 1\n")
            .find("input:4:1: profile: unknown key 'x' in the profile") != std::string::npos);
    // Only the three keys are accepted; all three together load.
    CHECK(test::profile_errors(pack, "version: 1\nname: n\nanswers: {}\n") == "ok");
  }

  TEST_CASE("a top-level key one edit from a known key gets a suggestion")
  {
    const auto& pack = test::builtin_pack();
    CHECK(test::profile_errors(pack, "answers: {}\nnmae: x\n").find("hint: did you mean 'name'?") != std::string::npos);
    CHECK(test::profile_errors(pack, "answers: {}\nversoin: 1\n").find("hint: did you mean 'version'?") !=
          std::string::npos);
  }

  TEST_CASE("the profile's own keys: duplicates, a version other than 1, a missing answers section")
  {
    const auto& pack = test::builtin_pack();
    CHECK(test::profile_errors(pack, "answers: {}\nname: a\nname: b\n")
            .find("input:3:1: profile: duplicate key 'name' in the profile") != std::string::npos);
    CHECK(test::profile_errors(pack, "version: 2\nanswers: {}\n")
            .find("input:1:10: profile: unsupported profile version 2") != std::string::npos);
    CHECK(test::profile_errors(pack, "version: 0\nanswers: {}\n").find("unsupported profile version 0") !=
          std::string::npos);
    CHECK(test::profile_errors(pack, "version: 1\nanswers: {}\n") == "ok");
    CHECK(test::profile_errors(pack, "name: n\n").find("the profile has no 'answers:' section") != std::string::npos);
    // A missing section is not reported on top of another error.
    const std::string both = test::profile_errors(pack, "owner: bob\n");
    CHECK(both.find("unknown key 'owner'") != std::string::npos);
    CHECK(both.find("no 'answers:' section") == std::string::npos);
  }

  TEST_CASE("integer answers: both ends of each range accepted, one past refused")
  {
    const auto& pack = test::builtin_pack();
    CHECK(test::profile_errors(pack, "answers: {team_size: 1}\n") == "ok");
    CHECK(test::profile_errors(pack, "answers: {team_size: 100000}\n") == "ok");
    CHECK(test::profile_errors(pack, "answers: {team_size: 0}\n").find("input:1:22: profile:") == 0);
    CHECK(test::profile_errors(pack, "answers: {team_size: 100001}\n").find("input:1:22: profile:") == 0);
    CHECK(test::profile_errors(pack, "answers: {io_wait_percent: 0}\n") == "ok");
    CHECK(test::profile_errors(pack, "answers: {io_wait_percent: 100}\n") == "ok");
    CHECK(test::profile_errors(pack, "answers: {io_wait_percent: 101}\n") != "ok");
    CHECK(test::profile_errors(pack, "answers: {io_wait_percent: -1}\n") != "ok");
  }

  TEST_CASE("open-list items: 1 to 64 characters, none twice, text only")
  {
    const auto& pack = test::builtin_pack();
    const auto extras = [&](const std::string& items) {
      return test::profile_errors(pack, "answers: {extras: [" + items + "]}\n");
    };
    CHECK(extras("a") == "ok");
    CHECK(extras(std::string(64, 'x')) == "ok");
    CHECK(extras(std::string(65, 'x')).find("'extras' items must be 1 to 64 characters") != std::string::npos);
    CHECK(extras("\"\"").find("'extras' items must be 1 to 64 characters") != std::string::npos);
    CHECK(extras("redis, redis").find("'redis' is listed twice") != std::string::npos);
    CHECK(extras("{a: 1}").find("an item of 'extras' must be text, got a map") != std::string::npos);
    const auto profile = test::profile_from(pack, "answers: {extras: [redis, my-tool]}\n");
    const int extras_q = pack.question_index("extras");
    REQUIRE(extras_q >= 0);
    CHECK(profile.answers[static_cast<std::size_t>(extras_q)].item_count == 2);
  }

  TEST_CASE("the answers section: empty means nothing answered; a list or a scalar is refused")
  {
    const auto& pack = test::builtin_pack();
    const auto profile = test::profile_from(pack, "answers:\n");
    for (const auto& answer : profile.answers) {
      CHECK_FALSE(answer.answered);
    }
    CHECK(
      test::profile_errors(pack, "answers: [a]\n").find("'answers' must be a map of 'key: value' lines, got a list") !=
      std::string::npos);
    CHECK(test::profile_errors(pack, "answers: 3\n").find("'answers' must be a map") != std::string::npos);
    CHECK(test::profile_errors(pack, "answers: {project_kind: [api]}\n").find("must be one option, got a list") !=
          std::string::npos);
  }

  TEST_CASE("a duplicate answer is an error")
  {
    CHECK(test::profile_errors(test::builtin_pack(), "answers:\n  team_size: 2\n  team_size: 3\n")
            .find("input:3:3: profile: question 'team_size' is answered twice") != std::string::npos);
  }

  TEST_CASE("control characters in free text are refused")
  {
    CHECK(test::profile_errors(test::builtin_pack(), "name: \"a\\e[31mb\"\nanswers: {}\n")
            .find("'name' contains a control character (U+001B)") != std::string::npos);
  }

  TEST_CASE("\\N decodes to U+0085, a control character, refused; \\_ to U+00A0, accepted")
  {
    CHECK(test::profile_errors(test::builtin_pack(), "name: \"a\\Nb\"\nanswers: {}\n")
            .find("'name' contains a control character (U+0085)") != std::string::npos);
    CHECK(test::profile_errors(test::builtin_pack(), "answers: {extras: [\"a\\_b\"]}\n") == "ok");
  }

  TEST_CASE("empty, blank, binary and non-UTF-8 input are refused with a reason")
  {
    const auto& pack = test::builtin_pack();
    CHECK(test::profile_errors(pack, "") == "input: profile: file is empty\n");
    CHECK(test::profile_errors(pack, "# just a comment\n") == "input: profile: file has no content, only comments\n");
    CHECK(test::profile_errors(pack, std::string_view("answers:\0", 9)).find("binary file") != std::string::npos);
    CHECK(
      test::profile_errors(pack, "name: caf\xE9\nanswers: {}\n").find("input:1:10: profile: invalid UTF-8 byte 0xE9") !=
      std::string::npos);
  }

  TEST_CASE("deep nesting is refused before the parser recurses")
  {
    const std::string deep = "answers: " + std::string(500, '[');
    CHECK(test::profile_errors(test::builtin_pack(), deep).find("nesting is deeper than 64 levels") !=
          std::string::npos);
  }

  TEST_CASE("malformed YAML is reported at its position")
  {
    CHECK(test::profile_errors(test::builtin_pack(), "answers: {team_size: 3\nname: x\n") ==
          "input:1:10: profile: malformed YAML: this '{' is never closed\n"
          "  answers: {team_size: 3\n"
          "           ^\n"
          "hint: add the missing '}'\n");
  }

  TEST_CASE("YAML's \\_ escape is U+00A0 in UTF-8, not a lone byte")
  {
    const auto& pack = test::builtin_pack();
    const auto profile = test::profile_from(pack, "name: \"a\\_b\"\nanswers: {}\n");
    CHECK(profile.name == "a\xC2\xA0"
                          "b");
    CHECK(test::profile_from(pack, "name: 'a\xC2\xA0"
                                   "b'\nanswers: {}\n")
            .name == "a\xC2\xA0"
                     "b");
    CHECK(test::profile_from(pack, "name: \"caf\\xe9\"\nanswers: {}\n").name == "caf\xC3\xA9");
  }

  TEST_CASE("booleans: every word of the one vocabulary, quoted or not, any case")
  {
    const auto& pack = test::builtin_pack();
    const int admin = pack.question_index("needs_admin");
    for (const char* text : {"y", "Y", "yes", "On", "TRUE", "\"yes\"", "'on'"}) {
      CAPTURE(text);
      CHECK(test::profile_from(pack, std::string("answers: {needs_admin: ") + text + "}")
              .answers[static_cast<std::size_t>(admin)]
              .value == 1);
    }
    CHECK(test::profile_from(pack, "answers: {needs_admin: off}").answers[static_cast<std::size_t>(admin)].value == 0);
    CHECK(test::profile_from(pack, "answers: {needs_admin: N}").answers[static_cast<std::size_t>(admin)].value == 0);
    CHECK(test::profile_from(pack, "answers: {needs_admin: Yes}").answers[static_cast<std::size_t>(admin)].value == 1);
    CHECK(test::profile_errors(pack, "answers: {needs_admin: ja}") != "ok");
  }

  TEST_CASE("JSON profiles are strict: what YAML would forgive is refused, with its position")
  {
    const auto& pack = test::builtin_pack();
    const auto json_errors = [&](std::string_view text) {
      framewise::model::Diagnostics diagnostics;
      const auto profile = framewise::load::load_profile({"p.json", text}, pack, diagnostics);
      std::string out;
      for (const auto& diagnostic : diagnostics) {
        out += framewise::report::render_diagnostic(diagnostic);
      }
      return profile ? std::string("ok") : out;
    };
    CHECK(json_errors(R"({"answers": {"project_kind": "api"}})") == "ok");
    CHECK(json_errors(R"({"answers": {"project_kind": "api",}})")
            .starts_with("p.json:1:35: profile: malformed JSON: a ','"));
    CHECK(json_errors(R"({"answers": {"team_expertise": ["flask",]}})")
            .starts_with("p.json:1:40: profile: malformed JSON: a ','"));
    CHECK(json_errors("{answers: {}}").starts_with("p.json:1:2: profile: malformed JSON: expected a key"));
    CHECK(json_errors(R"({"answers": {"team_size": 05}})")
            .starts_with("p.json:1:27: profile: malformed JSON: not a number"));
    CHECK(json_errors(R"({"answers": {"team_size": +5}})")
            .starts_with("p.json:1:27: profile: malformed JSON: unexpected '+'"));
    CHECK(json_errors("{\"answers\": {}} x").starts_with("p.json:1:17: profile: malformed JSON: text after"));
    CHECK(json_errors("{\n\"answers\": {\n\"needs_admin\": maybe}}").starts_with("p.json:3:16: profile:"));
    // The same text named .yaml is YAML, which allows the trailing comma.
    CHECK(test::profile_errors(pack, R"({"answers": {"project_kind": "api",}})") == "ok");
  }
}
