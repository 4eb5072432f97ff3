// engine::lint_pack's checks on options no rule or mistake tells apart
// (engine/option_distinction.hpp, engine/alike_lint.hpp).
#include "helpers.hpp"

#include <framewise/engine/option_distinction.hpp>
#include <framewise/engine/pack_lint.hpp>

namespace {

// A choice `where`, a list `stack` and a boolean `big`; `big` and `stack` are
// read by rules of their own whose options are told apart, so a test's rules
// decide only about `where`.
std::string
pack_text(const std::string& rules, const std::string& alike = "")
{
  return R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - id: where
    prompt: p
    help: h
    type: choice
    options: [vm, paas, serverless, kubernetes]
)" + alike +
         R"(    source: s
  - {id: big, prompt: p, help: h, type: boolean, source: s}
rules:
  - {id: base-big, when: {q: big, eq: true}, effects: {alpha: 1, beta: 1}, reason: r, source: s}
)" + rules;
}

std::string
rule(const std::string& id, const std::string& when)
{
  return "  - {id: " + id + ", when: " + when + ", effects: {alpha: 1}, reason: r, source: s}\n";
}

// The problems of the alike checks, as "check: message".
std::vector<std::string>
alike_problems(const std::string& text)
{
  std::vector<std::string> out;
  for (const auto& problem : framewise::engine::lint_pack(test::pack_from(text))) {
    if (problem.check.find("alike") != std::string::npos) {
      out.push_back(problem.check + ": " + problem.message);
    }
  }
  return out;
}

// The groups of `where`'s options nothing tells apart, as option ids.
std::vector<std::vector<std::string>>
groups_of(const std::string& rules)
{
  const auto pack = test::pack_from(pack_text(rules));
  std::vector<std::vector<std::string>> out;
  for (const auto& group : framewise::engine::alike_groups(framewise::engine::distinguish_options(pack, 0))) {
    auto& names = out.emplace_back();
    for (const auto option : group) {
      names.push_back(pack.questions[0].options[option].id);
    }
  }
  return out;
}

using Groups = std::vector<std::vector<std::string>>;

} // namespace

TEST_SUITE("engine::lint_pack options-alike")
{
  TEST_CASE("eq tells one option apart from the rest; the rest stay alike, named at the first one's position")
  {
    CHECK(groups_of(rule("k", "{q: where, eq: kubernetes}")) == Groups{{"vm", "paas", "serverless"}});
    const auto problems =
      framewise::engine::lint_pack(test::pack_from(pack_text(rule("k", "{q: where, eq: kubernetes}"))));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].check == "options-alike");
    CHECK(problems[0].severity == framewise::engine::LintSeverity::warning);
    CHECK(problems[0].message == "where: vm, paas and serverless: no rule or mistake tells these options apart; "
                                 "answering one or another never changes a score or a finding");
    CHECK(problems[0].hint.find("alike: [{options: [vm, paas, serverless], reason: ...}]") != std::string::npos);
    CHECK(problems[0].pos.line == 9);
    CHECK(problems[0].pos.column == 15); // `vm` in `options: [vm, ...]`
  }

  TEST_CASE("in, ne and not tell options apart as well as eq")
  {
    CHECK(groups_of(rule("a", "{q: where, in: [vm, paas]}") + rule("b", "{q: where, in: [vm, serverless]}")).empty());
    CHECK(groups_of(rule("a", "{q: where, in: [vm, paas]}")) == Groups{{"vm", "paas"}, {"serverless", "kubernetes"}});
    CHECK(groups_of(rule("a", "{q: where, ne: vm}") + rule("b", "{not: {q: where, in: [paas, vm]}}") +
                    rule("c", "{not: {q: where, eq: serverless}}"))
            .empty());
  }

  TEST_CASE("a comparison inside any or all tells options apart when the rest lets it")
  {
    // With `big` false the `any` follows `where`.
    CHECK(groups_of(rule("a", "{any: [{q: big, eq: true}, {q: where, eq: vm}]}")) ==
          Groups{{"paas", "serverless", "kubernetes"}});
    CHECK(groups_of(rule("a", "{all: [{q: big, eq: true}, {q: where, in: [vm, paas]}]}")) ==
          Groups{{"vm", "paas"}, {"serverless", "kubernetes"}});
  }

  TEST_CASE("a comparison that separates two options but never decides the condition does not tell them apart")
  {
    // vm and paas both make the `any` hold: `eq: vm` adds nothing. A string
    // match on the condition would say vm is told apart.
    CHECK(groups_of(rule("a", "{any: [{q: where, eq: vm}, {q: where, in: [vm, paas]}]}")) ==
          Groups{{"vm", "paas"}, {"serverless", "kubernetes"}});
    // Never holds, so it tells nothing apart (and is an error of its own).
    CHECK(groups_of(rule("a", "{all: [{q: where, eq: vm}, {q: where, eq: paas}]}")) ==
          Groups{{"vm", "paas", "serverless", "kubernetes"}});
  }

  TEST_CASE("a mistake tells options apart too, with the pick")
  {
    const std::string mistake = "mistakes:\n  - {id: m, severity: info, when: {all: [{q: recommendation, eq: beta}, "
                                "{q: where, eq: vm}]}, title: t, message: m, fix: f, source: s}\n";
    CHECK(groups_of(rule("a", "{q: where, in: [paas, serverless]}") + mistake) == Groups{{"paas", "serverless"}});
  }

  TEST_CASE("list questions: an option is told apart when putting it in place of another changes a rule")
  {
    const std::string text = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - {id: stack, prompt: p, help: h, type: list, options: [redis, celery, drf], source: s}
rules:
  - {id: a, when: {q: stack, contains: [redis, celery]}, effects: {alpha: 1}, reason: r, source: s}
  - {id: b, when: {q: stack, eq: []}, effects: {beta: 1}, reason: r, source: s}
)";
    const auto pack = test::pack_from(text);
    const auto distinction = framewise::engine::distinguish_options(pack, 0);
    // redis and celery are alike (the set names both); drf is told apart from
    // each: {redis} + celery holds, {redis} + drf does not.
    CHECK(distinction.told_apart_by(0, 1).empty());
    CHECK(distinction.told_apart_by(0, 2) == "rule 'a'");
    CHECK(distinction.told_apart_by(1, 2) == "rule 'a'");
    CHECK(alike_problems(text) ==
          std::vector<std::string>{"options-alike: stack: redis and celery: no rule or mistake tells these options "
                                   "apart; answering one or another never changes a score or a finding"});
  }

  TEST_CASE("an alike entry acknowledges a group; one that no longer holds or names no option is a warning")
  {
    const std::string rules = rule("k", "{q: where, eq: kubernetes}");
    CHECK(
      alike_problems(pack_text(rules, "    alike:\n      - {options: [vm, paas, serverless], reason: r}\n")).empty());
    // Part of the group only: the whole group is still reported.
    CHECK(alike_problems(pack_text(rules, "    alike:\n      - {options: [vm, paas], reason: r}\n")) ==
          std::vector<std::string>{"options-alike: where: vm, paas and serverless: no rule or mistake tells these "
                                   "options apart; answering one or another never changes a score or a finding"});
    CHECK(alike_problems(pack_text(rules + rule("v", "{q: where, eq: vm}"),
                                   "    alike:\n      - {options: [vm, paas, serverless], reason: r}\n")) ==
          std::vector<std::string>{"alike-told-apart: 'alike' of question 'where' says vm and paas are alike, but "
                                   "rule 'v' tells them apart"});
    const auto text = pack_text(rules, "    alike:\n      - {options: [vm, paas, serverless, lambda], reason: r}\n");
    CHECK(alike_problems(text) == std::vector<std::string>{"alike-unknown-option: 'alike' of question 'where' names "
                                                           "'lambda', which is not one of its options"});
    const auto problems = framewise::engine::lint_pack(test::pack_from(text));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos.line == 11);
    CHECK(problems[0].pos.column == 42);
  }

  TEST_CASE("a question no rule reads has question-never-read, not options-alike")
  {
    const auto problems = framewise::engine::lint_pack(test::pack_from(pack_text("")));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].check == "question-never-read");
  }

  TEST_CASE("the built-in deployment question acknowledges vm, paas and serverless")
  {
    const auto& pack = test::builtin_pack();
    const auto& deployment = pack.questions[static_cast<std::size_t>(pack.question_index("deployment"))];
    REQUIRE(deployment.alike.size() == 1);
    CHECK(deployment.alike[0].options.size() == 3);
    CHECK(deployment.alike[0].reason.find("no facts that set") != std::string::npos);
    const auto groups = framewise::engine::alike_groups(
      framewise::engine::distinguish_options(pack, static_cast<std::uint32_t>(pack.question_index("deployment"))));
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].size() == 3);
  }
}
