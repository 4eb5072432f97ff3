// engine::lint_pack: conditions that can never hold or always hold over the
// questions' domains, frameworks no rule raises, questions no rule reads.
#include "helpers.hpp"

#include <framewise/engine/pack_lint.hpp>
#include <framewise/load/pack_loader.hpp>

namespace {

using framewise::engine::LintSeverity;

// Every question is read, every two options are told apart and both
// frameworks are raised by `base-*`, so a test adds only the item it is about.
const std::string k_base = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - {id: kind, prompt: p, help: h, type: choice, options: [api, site, tool], source: s}
  - {id: users, prompt: p, help: h, type: integer, min: 0, max: 1000, source: s}
  - {id: admin, prompt: p, help: h, type: boolean, source: s}
  - {id: stack, prompt: p, help: h, type: list, options: [redis, celery, drf], source: s}
rules:
  - {id: base-kind, when: {q: kind, eq: api}, effects: {alpha: 1}, reason: r, source: s}
  - {id: base-users, when: {q: users, gt: 10}, effects: {beta: 1}, reason: r, source: s}
  - {id: base-admin, when: {all: [{q: admin, eq: true}, {q: kind, ne: tool}]}, effects: {beta: 1}, reason: r, source: s}
  - {id: base-stack, when: {any: [{q: stack, contains: redis}, {q: stack, eq: [celery]}]}, effects: {alpha: 1}, reason: r, source: s}
)";

// "check: item" for each problem.
std::vector<std::string>
problems_of(const std::string& extra)
{
  const auto pack = test::pack_from(k_base + extra);
  std::vector<std::string> out;
  for (const auto& problem : framewise::engine::lint_pack(pack)) {
    out.push_back(problem.check + (problem.severity == LintSeverity::error ? " (error)" : " (warning)"));
  }
  return out;
}

std::string
rule(const std::string& when)
{
  return "  - {id: probe, when: " + when + ", effects: {alpha: 1}, reason: r, source: s}\n";
}

} // namespace

TEST_SUITE("engine::lint_pack")
{
  TEST_CASE("the base pack is clean") { CHECK(problems_of("").empty()); }

  TEST_CASE("integer ranges that do not meet never hold; ranges that meet at one number do")
  {
    CHECK(problems_of(rule("{all: [{q: users, gt: 500}, {q: users, lt: 501}]}")) ==
          std::vector<std::string>{"never-holds (error)"});
    CHECK(problems_of(rule("{all: [{q: users, gt: 500}, {q: users, lt: 502}]}")).empty());     // 501
    CHECK(problems_of(rule("{all: [{q: users, gte: 1000}, {q: users, lte: 1000}]}")).empty()); // the maximum
    CHECK(problems_of(rule("{q: users, gt: 1000}")) == std::vector<std::string>{"never-holds (error)"});
    CHECK(problems_of(rule("{q: users, lt: 0}")) == std::vector<std::string>{"never-holds (error)"});
  }

  TEST_CASE("a condition that never holds names the parts that contradict, with their positions")
  {
    // `rule()` puts the probe on line 14, after the 13 lines of k_base; a
    // comparison is at its operator key (`gt` of `{q: users, gt: 1000}` is
    // column 34: 22 characters of `  - {id: probe, when: `, then `{q: users, `),
    // `not` at its key.
    const auto message_of = [](const std::string& extra) {
      const auto problems = framewise::engine::lint_pack(test::pack_from(k_base + extra));
      REQUIRE(problems.size() == 1);
      return problems[0].message;
    };
    CHECK(message_of(rule("{all: [{q: users, gt: 500}, {q: users, lt: 501}]}")) ==
          "the condition of rule 'probe' can never hold: `{q: users, gt: 500}` (line 14, column 41) and "
          "`{q: users, lt: 501}` (line 14, column 62) cannot both hold");
    CHECK(message_of(rule("{q: users, gt: 1000}")) ==
          "the condition of rule 'probe' can never hold: `{q: users, gt: 1000}` (line 14, column 34) compares outside "
          "the domain of 'users', whole numbers from 0 to 1000");
    // A part that is not a comparison is named whole.
    CHECK(message_of(rule("{all: [{q: admin, eq: true}, {any: [{q: users, gt: 1000}, {q: users, lt: 0}]}]}")) ==
          "the condition of rule 'probe' can never hold: `{any: [{q: users, gt: 1000}, {q: users, lt: 0}]}` "
          "(line 14, column 53) is never true by itself");
    // A part that holds alone and with each other part is not blamed; nested
    // `all`s count as parts of the outer one.
    CHECK(message_of(rule("{all: [{q: admin, eq: true}, {all: [{q: kind, in: [api, site]}, {q: kind, eq: tool}]}]}")) ==
          "the condition of rule 'probe' can never hold: `{q: kind, in: [api, site]}` (line 14, column 69) and "
          "`{q: kind, eq: tool}` (line 14, column 97) cannot both hold");
    CHECK(message_of(rule("{all: [{q: admin, eq: true}, {not: {q: admin, ne: false}}]}")) ==
          "the condition of rule 'probe' can never hold: `{q: admin, eq: true}` (line 14, column 41) and "
          "`{not: {q: admin, ne: false}}` (line 14, column 53) cannot both hold");
    CHECK(message_of(rule("{all: [{q: stack, eq: []}, {q: stack, contains: drf}]}")) ==
          "the condition of rule 'probe' can never hold: `{q: stack, eq: []}` (line 14, column 41) and "
          "`{q: stack, contains: [drf]}` (line 14, column 61) cannot both hold");
  }

  TEST_CASE("choices, booleans and not")
  {
    CHECK(problems_of(rule("{all: [{q: kind, in: [api, site]}, {q: kind, eq: tool}]}")) ==
          std::vector<std::string>{"never-holds (error)"});
    CHECK(problems_of(rule("{all: [{q: admin, eq: true}, {not: {q: admin, ne: false}}]}")) ==
          std::vector<std::string>{"never-holds (error)"});
    CHECK(problems_of(rule("{all: [{q: admin, eq: true}, {q: kind, ne: api}]}")).empty());
  }

  TEST_CASE("lists: a set the condition names is tried, so contains of several holds")
  {
    CHECK(problems_of(rule("{q: stack, contains: [redis, celery]}")).empty());
    CHECK(problems_of(rule("{all: [{q: stack, eq: []}, {q: stack, contains: drf}]}")) ==
          std::vector<std::string>{"never-holds (error)"});
  }

  TEST_CASE("unanswered: a condition that holds only on a missing answer holds; one that holds either way always holds")
  {
    CHECK(problems_of(rule("{q: admin, answered: false}")).empty());
    CHECK(problems_of(rule("{any: [{q: admin, answered: true}, {q: admin, answered: false}]}")) ==
          std::vector<std::string>{"always-holds (warning)"});
    // `not` of unknown stays unknown: this is not always true.
    CHECK(problems_of(rule("{any: [{q: admin, eq: true}, {not: {q: admin, eq: true}}]}")).empty());
  }

  TEST_CASE("a mistake may read the pick")
  {
    CHECK(problems_of("mistakes:\n  - {id: m, severity: info, when: {q: recommendation, eq: beta}, title: t, "
                      "message: m, fix: f, source: s}\n")
            .empty());
    CHECK(problems_of("mistakes:\n  - {id: m, severity: info, when: {all: [{q: recommendation, eq: beta}, "
                      "{q: recommendation, eq: alpha}]}, title: t, message: m, fix: f, source: s}\n") ==
          std::vector<std::string>{"never-holds (error)"});
  }

  TEST_CASE("a framework no rule raises and a question no rule reads are warnings, at their positions")
  {
    const auto pack = test::pack_from(R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - {id: kind, prompt: p, help: h, type: choice, options: [api, site], source: s}
  - {id: unused, prompt: p, help: h, type: boolean, source: s}
rules:
  - {id: r, when: {q: kind, eq: api}, effects: {alpha: 5, beta: -5}, reason: r, source: s}
)");
    const auto problems = framewise::engine::lint_pack(pack);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].check == "framework-never-raised");
    CHECK(problems[0].message == "no rule can raise framework 'beta'");
    CHECK(problems[0].pos.line == 3);
    CHECK(problems[1].check == "question-never-read");
    CHECK(problems[1].message == "no rule or mistake reads question 'unused'");
    CHECK(problems[1].pos.line == 6);
    CHECK(problems[1].severity == LintSeverity::warning);
  }

  TEST_CASE("an override with the same content, however quoted or spaced, is a warning at the override")
  {
    const framewise::load::PackLayer base{{{"base.yaml", k_base}}};
    const framewise::load::PackLayer top{
      {{"top.yaml", "rules:\n  - id: base-kind\n    when: {q: kind, eq: \"api\"}\n    effects: {alpha: 1}\n"
                    "    reason: r\n    source: s\n  - {id: base-users, when: {q: users, gt: 11}, effects: {beta: 1}, "
                    "reason: r, source: s}\n"}}};
    const std::vector<framewise::load::PackLayer> layers{base, top};
    framewise::model::Diagnostics diagnostics;
    const auto pack = framewise::load::load_pack(layers, diagnostics);
    REQUIRE(pack.has_value());
    // "api" quoted is a different scalar from api plain: not identical.
    REQUIRE(pack->layer_changes.size() == 2);
    CHECK(pack->layer_changes[0].id == "base-kind");
    CHECK(!pack->layer_changes[0].identical);
    CHECK(pack->layer_changes[1].id == "base-users");
    CHECK(!pack->layer_changes[1].identical); // 11, not 10
    CHECK(framewise::engine::lint_pack(*pack).empty());

    const framewise::load::PackLayer same{
      {{"same.yaml", "rules:\n  - id: base-kind\n    when:\n      q: kind\n      eq: api\n    effects: {alpha: 1}\n"
                     "    reason: r\n    source: s\n"}}};
    const std::vector<framewise::load::PackLayer> layered{base, same};
    const auto again = framewise::load::load_pack(layered, diagnostics);
    REQUIRE(again.has_value());
    const auto problems = framewise::engine::lint_pack(*again);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].check == "override-identical");
    CHECK(problems[0].message ==
          "this override of 'base-kind' in 'rules' has the same content as the item it replaces, at base.yaml:10:5");
    CHECK(problems[0].pos.file == "same.yaml");
    CHECK(problems[0].pos.line == 2);
  }

  TEST_CASE("the built-in pack lints clean") { CHECK(framewise::engine::lint_pack(test::builtin_pack()).empty()); }
}
