// End-to-end: the reference commands on the real binary. What they print must
// agree with the rule pack and with the rest of the tool: the template that
// `init` writes loads, and each JSON document holds every row, question and
// mistake of the pack.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "process.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <unistd.h>

namespace {

RunResult
framewise(const std::string& args, const std::string& stdin_file = "/dev/null")
{
  return run_command(fmt::format("'{}' {}", framewise_binary(), args), stdin_file);
}

nlohmann::json
json_of(const std::string& args)
{
  const RunResult run = framewise(args + " --format json");
  INFO(args, "\n", run.err);
  REQUIRE(run.exit_code == 0);
  REQUIRE(run.err.empty());
  return nlohmann::json::parse(run.out);
}

void
write_file(const std::string& path, const std::string& text)
{
  std::FILE* out = std::fopen(path.c_str(), "w");
  REQUIRE(out != nullptr);
  std::fputs(text.c_str(), out);
  REQUIRE(std::fclose(out) == 0);
}

// A fresh directory under the system's temporary directory, removed at the end.
struct TempDir
{
  std::filesystem::path path;
  TempDir()
      : path(std::filesystem::temp_directory_path() / fmt::format("framewise-reference-{}", ::getpid()))
  {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

} // namespace

TEST_CASE("init: the template written to a file loads, and recommend runs on it")
{
  const TempDir dir;
  const std::string file = (dir.path / "framewise.yaml").string();
  const RunResult init = framewise(fmt::format("init '{}'", file));
  INFO(init.err);
  REQUIRE(init.exit_code == 0);
  CHECK(init.out.empty());
  const RunResult recommend = framewise(fmt::format("recommend --profile '{}' --format json", file));
  INFO(recommend.err);
  CHECK(recommend.exit_code == 0);
  const auto document = nlohmann::json::parse(recommend.out);
  // Every question is in the template, and every one is unanswered.
  CHECK(document["unanswered"].size() == json_of("questions")["questions"].size());
}

TEST_CASE("init: the template on stdout loads from stdin")
{
  const TempDir dir;
  const std::string file = (dir.path / "template.yaml").string();
  const RunResult init = framewise("init");
  REQUIRE(init.exit_code == 0);
  write_file(file, init.out);
  const RunResult recommend = framewise("recommend --profile -", file);
  INFO(recommend.err);
  CHECK(recommend.exit_code == 0);
}

TEST_CASE("init: a filled-in template gives the answers that were filled in")
{
  const TempDir dir;
  const std::string file = (dir.path / "framewise.yaml").string();
  REQUIRE(framewise(fmt::format("init '{}'", file)).exit_code == 0);
  std::string text = read_whole_file(file);
  const auto fill = [&](const std::string& key, const std::string& value) {
    const std::string line = fmt::format("  {}: null\n", key);
    const auto at = text.find(line);
    REQUIRE(at != std::string::npos);
    text.replace(at, line.size(), fmt::format("  {}: {}\n", key, value));
  };
  fill("project_kind", "web_app");
  fill("lifecycle", "long_lived");
  fill("needs_admin", "true");
  fill("needs_auth", "true");
  fill("data_model_tables", "40");
  write_file(file, text);
  const RunResult recommend = framewise(fmt::format("recommend --profile '{}' --format json", file));
  INFO(recommend.err);
  REQUIRE(recommend.exit_code == 0);
  CHECK(nlohmann::json::parse(recommend.out)["recommendation"] == "django");
}

TEST_CASE("init: an existing file is kept unless --force")
{
  const TempDir dir;
  const std::string file = (dir.path / "framewise.yaml").string();
  write_file(file, "version: 1\nanswers: {project_kind: api}\n");
  const RunResult refused = framewise(fmt::format("init '{}'", file));
  CHECK(refused.exit_code == 2);
  CHECK(refused.out.empty());
  CHECK(read_whole_file(file) == "version: 1\nanswers: {project_kind: api}\n");
  const RunResult forced = framewise(fmt::format("init '{}' --force", file));
  CHECK(forced.exit_code == 0);
  CHECK(read_whole_file(file).find("{project_kind: api}") == std::string::npos);
  CHECK(read_whole_file(file).find("  project_kind: null\n") != std::string::npos);
}

TEST_CASE("compare --format json: every row of the pack, with a value for every framework")
{
  const auto document = json_of("compare");
  CHECK(document["schema_version"] == 1);
  REQUIRE(document["frameworks"].size() == 3);
  const auto& rows = document["rows"];
  CHECK(rows.size() == 15); // 7 table rows, 2 performance figures, 6 deployment notes
  for (const auto& row : rows) {
    INFO(row["id"]);
    for (const auto& framework : document["frameworks"]) {
      CHECK(row["values"].contains(framework["id"].get<std::string>()));
    }
    CHECK_FALSE(row["source"].get<std::string>().empty());
  }
}

TEST_CASE("questions --format json: the questionnaire of the man page, in order, with types and ranges")
{
  const auto questions = json_of("questions")["questions"];
  REQUIRE(questions.size() == 20);
  CHECK(questions[0]["id"] == "project_kind");
  for (const auto& question : questions) {
    INFO(question["id"]);
    CHECK(question.contains("prompt"));
    CHECK(question.contains("help"));
    CHECK(question["default"].is_null());
    const std::string type = question["type"];
    if (type == "choice" || type == "list") {
      CHECK_FALSE(question["options"].empty());
    }
    if (type == "integer") {
      CHECK(question["min"].get<long long>() <= question["max"].get<long long>());
    }
  }
}

TEST_CASE("mistakes --format json: every mistake id of the man page is in the catalogue")
{
  const auto mistakes = json_of("mistakes")["mistakes"];
  std::set<std::string> ids;
  for (const auto& mistake : mistakes) {
    ids.insert(mistake["id"].get<std::string>());
    CHECK_FALSE(mistake["fix"].get<std::string>().empty());
    CHECK_FALSE(mistake["symptom"].get<std::string>().empty());
  }
  for (const char* id : {"flask-for-enterprise", "fastapi-sync-db-driver", "django-overkill-simple-api",
                         "sync-workers-high-concurrency", "async-for-cpu-bound", "hype-over-expertise"}) {
    CHECK(ids.count(id) == 1);
  }
}

TEST_CASE("diagnose: the issue's example, and a clear no-match that still exits 0")
{
  const auto found = json_of("diagnose 'latency spikes under load'");
  CHECK(found["matched"] == true);
  CHECK(found["matches"][0]["id"] == "latency-spikes-under-load");
  const auto missed = json_of("diagnose 'the printer is out of toner'");
  CHECK(missed["matched"] == false);
  CHECK(missed["matches"].empty());
  CHECK(missed["closest"].size() == 3);
}

TEST_CASE("reference commands print the same bytes on every run")
{
  for (const char* args : {"compare", "questions --format json", "mistakes --format markdown", "init",
                           "diagnose 'slow queries' --format json"}) {
    INFO(std::string(args));
    CHECK(framewise(args).out == framewise(args).out);
  }
}

TEST_CASE("check --format github appends a Markdown summary to GITHUB_STEP_SUMMARY, and only with github")
{
  const std::string summary = fmt::format("/tmp/framewise-step-summary-{}.md", ::getpid());
  std::remove(summary.c_str());
  {
    std::ofstream existing(summary);
    existing << "# earlier step\n"; // appended to, never replaced
  }
  const std::string examples = source_dir() + "/data/examples";
  const RunResult run = run_command(fmt::format(
    "GITHUB_STEP_SUMMARY='{}' '{}' check '{}/io-bound-api.yaml' '{}/flask-for-enterprise.yaml' --format github",
    summary, framewise_binary(), examples, examples));
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("framewise check failed: 1 error, 1 warning, 0 info in 2 profiles (--fail-on error)") !=
        std::string::npos);
  const std::string text = read_whole_file(summary);
  CHECK(text.rfind("# earlier step\n## framewise check failed: 1 error, 1 warning, 0 info in 2 profiles", 0) == 0);
  CHECK(text.find("| Profile | Result | Errors | Warnings | Info | Recommends |") != std::string::npos);
  CHECK(text.find("flask-for-enterprise.yaml | **failed** | 1 | 1 | 0 | Django |") != std::string::npos);
  CHECK(text.find("io-bound-api.yaml | passed | 0 | 0 | 0 | FastAPI |") != std::string::npos);
  CHECK(text.find("- **error** `" + examples + "/flask-for-enterprise.yaml:7:3` `flask-for-enterprise`") !=
        std::string::npos);
  // Other formats leave the file alone.
  const std::size_t size = text.size();
  run_command(
    fmt::format("GITHUB_STEP_SUMMARY='{}' '{}' check '{}/io-bound-api.yaml'", summary, framewise_binary(), examples));
  CHECK(read_whole_file(summary).size() == size);
  std::remove(summary.c_str());
}
