#include "helpers.hpp"

#include <framewise/scan/infer.hpp>
#include <framewise/scan/server_command.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string>

using framewise::scan::Dependency;
using framewise::scan::infer_answers;
using framewise::scan::Role;
using framewise::scan::ScanNote;

namespace {

Dependency
dependency(std::string name, Role role = Role::declared, std::string file = "requirements.txt", std::uint32_t line = 1,
           std::vector<std::string> extras = {})
{
  Dependency out;
  out.name = std::move(name);
  out.role = role;
  out.extras = std::move(extras);
  out.pos = {std::move(file), line, 1};
  out.text = out.name;
  if (role == Role::group) {
    out.group = "dev";
  }
  return out;
}

// "question=value[,value]" for each answer, by the built-in pack.
std::string
answers(const framewise::scan::Inference& inference)
{
  const auto& pack = test::builtin_pack();
  std::string out;
  for (const auto& answer : inference.answers) {
    out +=
      fmt::format("{}{}={}", out.empty() ? "" : " ", pack.questions[answer.question].id, fmt::join(answer.values, ","));
  }
  return out;
}

} // namespace

TEST_CASE("infer: declared packages prove answers by the built-in evidence table")
{
  const auto inference =
    infer_answers(test::builtin_pack(), {dependency("fastapi"), dependency("asyncpg", Role::declared, "r.txt", 2),
                                         dependency("redis", Role::declared, "r.txt", 3), dependency("celery")});
  CHECK(answers(inference) == "current_framework=fastapi async_db_driver=true extras=celery,redis");
  CHECK(inference.notes.empty());
}

TEST_CASE("infer: names are compared exactly; pytest-django is not Django")
{
  const auto inference =
    infer_answers(test::builtin_pack(), {dependency("flask"), dependency("pytest-django"), dependency("django-stubs")});
  CHECK(answers(inference) == "current_framework=flask");
}

TEST_CASE("infer: a framework only in a development group is not the project's framework")
{
  const auto inference = infer_answers(test::builtin_pack(), {dependency("django", Role::group, "pyproject.toml", 9)});
  CHECK(answers(inference).empty());
  REQUIRE(inference.notes.size() == 1);
  CHECK(inference.notes[0].kind == ScanNote::Kind::not_counted);
  CHECK(inference.notes[0].question == "current_framework");
}

TEST_CASE("infer: locks and constraints confirm an answer but never decide one")
{
  const auto alone =
    infer_answers(test::builtin_pack(), {dependency("django", Role::lock), dependency("asyncpg", Role::constraint)});
  CHECK(answers(alone).empty());
  CHECK(alone.notes.empty());

  const auto confirmed =
    infer_answers(test::builtin_pack(), {dependency("flask", Role::lock, "poetry.lock", 4),
                                         dependency("flask", Role::declared, "pyproject.toml", 8)});
  CHECK(answers(confirmed) == "current_framework=flask");
  REQUIRE(confirmed.answers[0].evidence.size() == 2);
  CHECK(confirmed.answers[0].evidence[0].dependency.role == Role::declared); // what decided comes first
  CHECK(confirmed.answers[0].evidence[1].dependency.role == Role::lock);
}

TEST_CASE("infer: two frameworks, or a sync and an async driver, leave the answer out with both sides")
{
  const auto inference =
    infer_answers(test::builtin_pack(), {dependency("flask", Role::declared, "api/requirements.txt"),
                                         dependency("django", Role::declared, "admin_site/requirements.txt"),
                                         dependency("asyncpg", Role::declared, "api/requirements.txt", 2),
                                         dependency("psycopg2-binary", Role::declared, "api/requirements.txt", 3)});
  CHECK(answers(inference).empty());
  REQUIRE(inference.notes.size() == 2);
  CHECK(inference.notes[0].kind == ScanNote::Kind::conflict);
  CHECK(inference.notes[0].question == "current_framework");
  CHECK(inference.notes[0].message ==
        "current_framework is left out: the files disagree (django: django (admin_site/requirements.txt:1); "
        "flask: flask (api/requirements.txt:1)); settle it by scanning the application's directory alone "
        "('framewise scan admin_site' or 'framewise scan api'), or by declaring current_framework in the profile");
  CHECK(inference.notes[0].evidence.size() == 2);
  CHECK(inference.notes[1].question == "async_db_driver");
  CHECK(inference.notes[1].message ==
        "async_db_driver is left out: the files disagree (false: psycopg2-binary (api/requirements.txt:3); true: "
        "asyncpg (api/requirements.txt:2)); settle it by declaring async_db_driver in the profile, or by scanning "
        "only the application's directory");
}

TEST_CASE("infer: an extra in the table matches only a dependency that asks for it; apps match AppConfig paths")
{
  const auto inference = infer_answers(
    test::builtin_pack(), {dependency("sqlalchemy", Role::declared, "r.txt", 1, {"asyncio"}),
                           dependency("django.contrib.admin.apps.SimpleAdminConfig", Role::app),
                           dependency("rest_framework", Role::app), dependency("channels_redis", Role::app)});
  CHECK(answers(inference) == "async_db_driver=true needs_admin=true extras=drf,sqlalchemy");
  const auto plain = infer_answers(test::builtin_pack(), {dependency("sqlalchemy")});
  CHECK(answers(plain) == "extras=sqlalchemy");
}

TEST_CASE("infer: an organisation's --rules evidence adds its own packages")
{
  const auto pack =
    test::pack_from(std::string(test::k_small_pack) +
                    "evidence:\n"
                    "  - {id: our-admin, packages: [Acme_Backoffice], proves: {admin: yes}}\n"
                    "  - {id: our-queue, packages: [acme-queue], apps: [acme.queue], proves: {stack: acme-queue}}\n"
                    "  - {id: kind-api, packages: [\"acme-web[api]\"], proves: {kind: api}}\n");
  REQUIRE(pack.evidence.size() == 3);
  CHECK(pack.evidence[0].packages == std::vector<std::string>{"acme-backoffice"});
  CHECK(pack.evidence[0].value == "true");
  const auto inference = infer_answers(pack, {dependency("acme-backoffice"), dependency("acme.queue", Role::app),
                                              dependency("acme-web", Role::declared, "r.txt", 1, {"api"})});
  REQUIRE(inference.answers.size() == 3);
  CHECK(pack.questions[inference.answers[0].question].id == "kind");
  CHECK(inference.answers[0].values == std::vector<std::string>{"api"});
  CHECK(inference.answers[1].values == std::vector<std::string>{"true"});
  CHECK(inference.answers[2].values == std::vector<std::string>{"acme-queue"});
}

TEST_CASE("evidence rows are checked when the pack loads")
{
  // k_small_pack has 9 lines: the evidence row is line 10.
  const std::string base = std::string(test::k_small_pack) + "evidence:\n";
  CHECK(test::pack_errors(base + "  - {id: e, packages: [x], proves: {nope: 1}}\n") ==
        "input:10:37: rules: unknown question 'nope'\n"
        "    - {id: e, packages: [x], proves: {nope: 1}}\n"
        "                                      ^\n"
        "hint: name a question of the pack\n");
  CHECK(test::pack_errors(base + "  - {id: e, packages: [x], proves: {users: 1}}\n") ==
        "input:10:37: rules: evidence cannot prove integer question 'users'\n"
        "    - {id: e, packages: [x], proves: {users: 1}}\n"
        "                                      ^\n"
        "hint: a dependency proves a choice, a list item or a yes/no answer\n");
  CHECK(test::pack_errors(base + "  - {id: e, packages: [x], proves: {kind: apj}}\n") ==
        "input:10:43: rules: 'apj' is not an option of 'kind'\n"
        "    - {id: e, packages: [x], proves: {kind: apj}}\n"
        "                                            ^\n"
        "hint: did you mean 'api'?\n");
  CHECK(test::pack_errors(base + "  - {id: e, packages: [\"bad name\"], proves: {admin: true}}\n") ==
        "input:10:23: rules: 'bad name' of evidence 'e' is not a package name\n"
        "    - {id: e, packages: [\"bad name\"], proves: {admin: true}}\n"
        "                        ^\n"
        "hint: write a PEP 508 name, optionally with one extra in brackets: sqlalchemy[asyncio]\n");
  CHECK(test::pack_errors(base + "  - {id: e, proves: {admin: true}}\n") ==
        "input:10:5: rules: evidence 'e' names no 'packages' and no 'apps'\n"
        "    - {id: e, proves: {admin: true}}\n"
        "      ^\n");
  CHECK(test::pack_errors(base + "  - {id: e, packages: [x], proves: {admin: true, kind: api}}\n") ==
        "input:10:36: rules: 'proves' of evidence 'e' must name exactly one question\n"
        "    - {id: e, packages: [x], proves: {admin: true, kind: api}}\n"
        "                                     ^\n"
        "hint: write e.g. proves: {async_db_driver: true}\n");
  CHECK(test::pack_errors(base + "  - {id: e, packages: [x], proves: {admin: maybe}}\n") ==
        "input:10:44: rules: 'maybe' is not a yes/no answer for 'admin'\n"
        "    - {id: e, packages: [x], proves: {admin: maybe}}\n"
        "                                             ^\n"
        "hint: true, yes, y or on for yes; false, no, n or off for no (any case)\n");
}

namespace {

framewise::scan::ServerCommand
server(std::string name, framewise::scan::Workers workers, std::string file, std::uint32_t line, bool counted = true)
{
  framewise::scan::ServerCommand out;
  out.server = std::move(name);
  out.workers = workers;
  out.rule = "server-" + out.server;
  out.text = out.server + " app:app";
  out.pos = {std::move(file), line, 6};
  out.counted = counted;
  if (workers == framewise::scan::Workers::unknown || workers == framewise::scan::Workers::development) {
    out.why = "cannot tell";
  }
  return out;
}

std::size_t
count_notes(const framewise::scan::Inference& inference, ScanNote::Kind kind, std::string_view question)
{
  return static_cast<std::size_t>(
    std::count_if(inference.notes.begin(), inference.notes.end(),
                  [&](const ScanNote& note) { return note.kind == kind && note.question == question; }));
}

} // namespace

TEST_CASE("infer: the web server command answers server_workers, with the command as its evidence")
{
  using framewise::scan::Workers;
  const auto inference =
    infer_answers(test::builtin_pack(), {dependency("flask")}, ".", {server("gunicorn", Workers::sync, "Procfile", 2)});
  CHECK(answers(inference) == "current_framework=flask server_workers=sync");
  const auto& answer = inference.answers.back();
  REQUIRE(answer.evidence.size() == 1);
  CHECK(answer.evidence[0].dependency.role == Role::command);
  CHECK(answer.evidence[0].dependency.pos.file == "Procfile");
  CHECK(answer.evidence[0].dependency.pos.line == 2);
  CHECK(answer.evidence[0].decides);
}

TEST_CASE("infer: commands that agree are one answer; commands that disagree are a conflict, never a guess")
{
  using framewise::scan::Workers;
  const auto agree = infer_answers(
    test::builtin_pack(), {}, ".",
    {server("uvicorn", Workers::async, "Dockerfile", 9), server("gunicorn", Workers::async, "compose.yaml", 4)});
  CHECK(answers(agree) == "server_workers=async");
  CHECK(agree.answers.back().evidence.size() == 2);
  const auto disagree = infer_answers(
    test::builtin_pack(), {}, ".",
    {server("uvicorn", Workers::async, "Dockerfile", 9), server("gunicorn", Workers::sync, "Procfile", 1)});
  CHECK(answers(disagree).empty());
  REQUIRE(count_notes(disagree, ScanNote::Kind::conflict, "server_workers") == 1);
  const auto& note = *std::find_if(disagree.notes.begin(), disagree.notes.end(),
                                   [](const ScanNote& entry) { return entry.kind == ScanNote::Kind::conflict; });
  CHECK(note.message.find("Dockerfile:9") != std::string::npos);
  CHECK(note.message.find("Procfile:1") != std::string::npos);
}

TEST_CASE("infer: a command in a development file confirms only; unknown workers and development servers are notes")
{
  using framewise::scan::Workers;
  const auto dev_only =
    infer_answers(test::builtin_pack(), {}, ".", {server("uvicorn", Workers::async, "Dockerfile.dev", 3, false)});
  CHECK(answers(dev_only).empty());
  const auto with_production = infer_answers(
    test::builtin_pack(), {}, ".",
    {server("uvicorn", Workers::async, "Dockerfile.dev", 3, false), server("gunicorn", Workers::sync, "Procfile", 1)});
  CHECK(answers(with_production) == "server_workers=sync"); // the development file does not make a conflict
  const auto unknown = infer_answers(test::builtin_pack(), {}, ".",
                                     {server("gunicorn", Workers::unknown, "Procfile", 1),
                                      server("runserver", Workers::development, "compose.yaml", 7)});
  CHECK(answers(unknown).empty());
  CHECK(count_notes(unknown, ScanNote::Kind::unknown, "server_workers") == 2);
}

TEST_CASE("infer: a pack without server_workers ignores server commands")
{
  using framewise::scan::Workers;
  auto pack = test::builtin_pack();
  pack.questions.erase(std::remove_if(pack.questions.begin(), pack.questions.end(),
                                      [](const auto& question) { return question.id == "server_workers"; }),
                       pack.questions.end());
  pack.evidence.clear(); // rows index questions; none is needed here
  const auto inference = infer_answers(pack, {}, ".", {server("gunicorn", Workers::sync, "Procfile", 1)});
  CHECK(inference.answers.empty());
  CHECK(inference.notes.empty());
}
