#include "helpers.hpp"

#include <algorithm>
#include <string>

namespace {

std::string
with_rules(std::string_view rules)
{
  return std::string(test::k_small_pack) + std::string(rules);
}

} // namespace

TEST_SUITE("load::load_pack")
{
  TEST_CASE("the built-in pack loads and covers the contract")
  {
    const auto& pack = test::builtin_pack();
    CHECK(pack.frameworks.size() == 3);
    CHECK(pack.questions.size() == 20);
    for (const char* id : {"flask-for-enterprise", "fastapi-sync-db-driver", "django-overkill-simple-api",
                           "sync-workers-high-concurrency", "async-for-cpu-bound", "hype-over-expertise"}) {
      CAPTURE(id);
      CHECK(std::any_of(pack.mistakes.begin(), pack.mistakes.end(), [&](const auto& m) { return m.id == id; }));
    }
    CHECK(pack.comparison.size() >= 7);
    CHECK(pack.debug_guide.size() == 4);
    CHECK(pack.cheat_sheet.size() == 3);
    for (const auto& rule : pack.rules) {
      CAPTURE(rule.id);
      CHECK_FALSE(rule.source.empty());
    }
  }

  TEST_CASE("a rule naming an unknown question is an error at its position")
  {
    CHECK(test::pack_errors(
            with_rules("rules:\n  - {id: r, when: {q: user, gt: 3}, effects: {alpha: 1}, reason: x, source: s}\n")) ==
          "input:10:23: rules: unknown question 'user'\n"
          "    - {id: r, when: {q: user, gt: 3}, effects: {alpha: 1}, reason: x, s...\n"
          "                        ^\n"
          "hint: did you mean 'users'?\n");
  }

  TEST_CASE("an unknown operator suggests the close one")
  {
    CHECK(test::pack_errors(
            with_rules("rules:\n  - {id: r, when: {q: users, ge: 3}, effects: {alpha: 1}, reason: x, source: s}\n")) ==
          "input:10:30: rules: unknown operator 'ge'\n"
          "    - {id: r, when: {q: users, ge: 3}, effects: {alpha: 1}, reason: x, ...\n"
          "                               ^\n"
          "hint: did you mean 'gte'?\n");
  }

  TEST_CASE("an unknown option and an unknown framework are errors")
  {
    const std::string errors = test::pack_errors(
      with_rules("rules:\n  - {id: r, when: {q: kind, eq: sites}, effects: {gamma: 1}, reason: x, source: s}\n"));
    CHECK(errors.find("'sites' is not an option of 'kind'") != std::string::npos);
    CHECK(errors.find("hint: did you mean 'site'?") != std::string::npos);
    CHECK(errors.find("unknown framework 'gamma'") != std::string::npos);
  }

  TEST_CASE("an operator that does not fit the question type is an error")
  {
    CHECK(test::pack_errors(
            with_rules("rules:\n  - {id: r, when: {q: admin, gt: 1}, effects: {alpha: 1}, reason: x, source: s}\n"))
            .find("operator 'gt' does not apply to boolean question 'admin'") != std::string::npos);
    CHECK(test::pack_errors(
            with_rules("rules:\n  - {id: r, when: {q: users, gt: 5000}, effects: {alpha: 1}, reason: x, source: s}\n"))
            .find("5000 is outside the range of 'users' (0 to 1000)") != std::string::npos);
  }

  TEST_CASE("scoring rules may not read the recommendation, mistakes may")
  {
    CHECK(test::pack_errors(
            with_rules(
              "rules:\n  - {id: r, when: {q: recommendation, eq: alpha}, effects: {alpha: 1}, reason: x, source: s}\n"))
            .find("a scoring rule cannot read 'recommendation'") != std::string::npos);
    CHECK(test::pack_errors(with_rules("mistakes:\n  - {id: m, severity: info, when: {q: recommendation, eq: alpha}, "
                                       "title: t, message: m, fix: f, source: s}\n")) == "ok");
  }

  TEST_CASE("missing and unknown keys of an item are reported")
  {
    const std::string errors =
      test::pack_errors(with_rules("rules:\n  - {id: r, when: {q: admin, eq: true}, effect: {alpha: 1}, source: s}\n"));
    CHECK(errors.find("unknown key 'effect' in rule 'r'") != std::string::npos);
    CHECK(errors.find("hint: did you mean 'effects'?") != std::string::npos);
    CHECK(errors.find("rule 'r' is missing 'reason'") != std::string::npos);
  }

  TEST_CASE("the same id twice in one layer is an error naming the first")
  {
    CHECK(test::pack_errors(
            with_rules("rules:\n"
                       "  - {id: r, when: {q: admin, eq: true}, effects: {alpha: 1}, reason: x, source: s}\n"
                       "  - {id: r, when: {q: admin, eq: true}, effects: {alpha: 2}, reason: x, source: s}\n"))
            .find("input:11:10: rules: duplicate id 'r' in 'rules'") != std::string::npos);
  }

  TEST_CASE("a later layer replaces an item with the same id")
  {
    const std::string base =
      with_rules("rules:\n  - {id: r, when: {q: admin, eq: true}, effects: {alpha: 1}, reason: base, source: s}\n");
    const std::string overlay =
      "rules:\n  - {id: r, when: {q: admin, eq: true}, effects: {beta: 5}, reason: over, source: s}\n";
    const framewise::load::PackLayer layers[] = {{{{"base", base}}}, {{{"overlay", overlay}}}};
    framewise::model::Diagnostics diagnostics;
    const auto pack = framewise::load::load_pack(layers, diagnostics);
    REQUIRE(pack);
    REQUIRE(pack->rules.size() == 1);
    CHECK(pack->rules[0].reason == "over");
    CHECK(pack->rules[0].effects == std::vector<double>{0, 5});
  }

  TEST_CASE("an unknown section gets a suggestion")
  {
    CHECK(test::pack_errors(with_rules("mistake: []\n")).find("hint: did you mean 'mistakes'?") != std::string::npos);
  }

  TEST_CASE("an alias-multiplied condition is bounded")
  {
    // Each rule's condition repeats the previous one four times through YAML
    // aliases: 5, 21, 85, then 341 nodes, which passes the bound.
    std::string text =
      with_rules("rules:\n  - {id: r0, when: &c0 {all: [{q: admin, eq: true}, {q: admin, eq: true}, "
                 "{q: admin, eq: true}, {q: admin, eq: true}]}, effects: {alpha: 1}, reason: x, source: s}\n");
    for (int level = 1; level <= 3; ++level) {
      const std::string previous = "*c" + std::to_string(level - 1);
      text += "  - {id: r" + std::to_string(level) + ", when: &c" + std::to_string(level) + " {any: [" + previous +
              ", " + previous + ", " + previous + ", " + previous + "]}, effects: {alpha: 1}, reason: x, source: s}\n";
    }
    const std::string errors = test::pack_errors(text);
    CHECK(errors.find("condition has more than 256 parts") != std::string::npos);
    // Reported once (not once per part past the limit), and for rule r3 only.
    CHECK(errors.find("more than 256 parts") == errors.rfind("more than 256 parts"));
  }
  TEST_CASE("aliases within the bound load; past it the file is refused at the alias")
  {
    const std::string rules =
      std::string(test::k_small_pack) +
      "rules:\n"
      "  - {id: a, when: &many {q: users, gt: 100}, effects: {alpha: 1}, reason: r, source: s}\n"
      "  - {id: b, when: *many, effects: {beta: 1}, reason: r, source: s}\n";
    const auto pack = test::pack_from(rules);
    REQUIRE(pack.rules.size() == 2);
    CHECK(pack.rules[1].when.nodes.size() == 1);

    // Each level holds 10 aliases of the one before: 10^5 values from 6 lines.
    std::string bomb = "scoring:\n  l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level <= 5; ++level) {
      bomb += "  l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
      for (int i = 0; i < 10; ++i) {
        bomb += (i == 0 ? "*l" : ", *l") + std::to_string(level - 1);
      }
      bomb += "]\n";
    }
    CHECK(test::pack_errors(bomb).find("input:5:") == 0);
    CHECK(test::pack_errors(bomb).find("aliases expand this file to more than 10000 values") != std::string::npos);
  }

  TEST_CASE("a stray ',' at the top level is an error, not an endless loop in yaml-cpp")
  {
    CHECK(test::pack_errors(",\n") == "input:1:1: rules: malformed YAML: unexpected ','\n"
                                      "  ,\n"
                                      "  ^\n"
                                      "hint: quote text that contains special characters such as ? : , [ ] { } #\n");
  }
}
