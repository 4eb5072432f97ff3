// End-to-end: the example profiles of data/examples/, drawn from the seed's
// scenarios, run through the real binary give the expected pick and warnings.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "process.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace {

struct Expectation
{
  std::string file;
  std::string pick;
  std::set<std::string> warnings; // exactly these fire
};

const std::vector<Expectation> k_examples = {
  {"cms-with-admin.yaml", "django", {}},
  {"io-bound-api.yaml", "fastapi", {}},
  {"researcher-prototype.yaml", "flask", {}},
  {"microservice-json.json", "fastapi", {}},
  {"flask-for-enterprise.yaml", "django", {"flask-for-enterprise"}},
  {"fastapi-sync-db-driver.yaml", "fastapi", {"fastapi-sync-db-driver"}},
  {"django-overkill-simple-api.yaml", "fastapi", {"django-overkill-simple-api"}},
  {"sync-workers-high-concurrency.yaml", "django", {"sync-workers-high-concurrency"}},
  {"async-for-cpu-bound.yaml", "fastapi", {"async-for-cpu-bound"}},
  {"hype-over-expertise.yaml", "django", {"hype-over-expertise"}},
  {"production-incident.yaml", "fastapi", {"incident-wsgi-async-starvation"}},
};

std::string
example_path(const std::string& file)
{
  return source_dir() + "/data/examples/" + file;
}

RunResult
recommend(const std::string& args, const std::string& stdin_file = "/dev/null")
{
  return run_command(fmt::format("'{}' recommend {}", framewise_binary(), args), stdin_file);
}

nlohmann::json
recommend_json(const std::string& file)
{
  const RunResult run = recommend(fmt::format("--format json --profile '{}'", example_path(file)));
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  REQUIRE(run.err.empty());
  return nlohmann::json::parse(run.out);
}

} // namespace

TEST_SUITE("recommend on the example profiles")
{
  TEST_CASE("each example gives the expected pick and exactly the expected warnings")
  {
    for (const auto& example : k_examples) {
      CAPTURE(example.file);
      const auto document = recommend_json(example.file);
      CHECK(document["recommendation"] == example.pick);
      std::set<std::string> fired;
      for (const auto& warning : document["warnings"]) {
        fired.insert(warning["id"].get<std::string>());
        CHECK_FALSE(warning["fix"].get<std::string>().empty());
      }
      CHECK(fired == example.warnings);
    }
  }

  TEST_CASE("the JSON document has the fields of the contract")
  {
    const auto document = recommend_json("io-bound-api.yaml");
    CHECK(document["schema_version"] == 1);
    REQUIRE(document["ranking"].size() == 3);
    double previous = 101;
    for (const auto& entry : document["ranking"]) {
      const double score = entry["score"];
      CHECK(score >= 0);
      CHECK(score <= 100);
      CHECK(score <= previous); // best first
      previous = score;
      for (const auto& reason : entry["reasons"]) {
        CHECK(reason.contains("rule"));
        CHECK(reason["effect"].get<double>() != 0);
        CHECK_FALSE(reason["text"].get<std::string>().empty());
        CHECK_FALSE(reason["source"].get<std::string>().empty());
        CHECK_FALSE(reason["answers"].empty());
      }
    }
    CHECK(document["ranking"][0]["framework"] == document["recommendation"]);
    CHECK(document["what_if"].is_array());
    CHECK(document["unanswered"].is_array());
  }

  TEST_CASE("every claimed what-if answer really changes the pick")
  {
    // Each claim is about an unanswered question. Answer it as claimed (appended
    // under the profile's trailing `answers:` block; JSON values are valid YAML)
    // and check that the binary then picks what the claim said.
    // The examples are clear picks with no such claim (but one); the sparse
    // profile and the toss-ups of tests/e2e/profiles/ have many.
    std::vector<std::string> profiles = {source_dir() + "/tests/e2e/sparse-profile.yaml",
                                         source_dir() + "/tests/e2e/profiles/toss-up-prototype.yaml",
                                         source_dir() + "/tests/e2e/profiles/toss-up-big-team.yaml"};
    for (const auto& example : k_examples) {
      if (example.file.ends_with(".yaml")) {
        profiles.push_back(example_path(example.file));
      }
    }
    const ScratchDir scratch("examples");
    const std::string changed_path = scratch.path() + "/what-if.yaml";
    std::size_t checked = 0;
    std::size_t profiles_with_claims = 0;
    for (const auto& path : profiles) {
      const RunResult run = recommend(fmt::format("--format json --profile '{}'", path));
      REQUIRE(run.exit_code == 0);
      const auto document = nlohmann::json::parse(run.out);
      const std::string original = run_command(fmt::format("cat '{}'", path)).out;
      for (const auto& claim : document["what_if"]) {
        CAPTURE(path);
        CAPTURE(claim.dump());
        const std::string changed =
          original + fmt::format("\n  {}: {}\n", claim["question"].get<std::string>(), claim["answer"].dump());
        std::ofstream(changed_path, std::ios::binary) << changed;
        const RunResult rerun = recommend("--format json --profile -", changed_path);
        INFO(rerun.err);
        REQUIRE(rerun.exit_code == 0);
        CHECK(nlohmann::json::parse(rerun.out)["recommendation"] == claim["recommendation"]);
        CHECK(claim["recommendation"] != document["recommendation"]);
        ++checked;
      }
      profiles_with_claims += document["what_if"].empty() ? 0 : 1;
    }
    CAPTURE(checked);
    CHECK(profiles_with_claims >= 3);
    CHECK(checked >= 20);
  }

  TEST_CASE("the same profile gives the same bytes, from a file or from stdin")
  {
    const std::string path = example_path("cms-with-admin.yaml");
    const RunResult first = recommend(fmt::format("--format json --profile '{}'", path));
    const RunResult second = recommend(fmt::format("--format json --profile '{}'", path));
    const RunResult piped = recommend("--format json --profile -", path);
    CHECK(first.exit_code == 0);
    CHECK(first.out == second.out);
    CHECK(first.out == piped.out);
  }

  TEST_CASE("text output names the pick, fits 80 columns and has no colour when piped")
  {
    const RunResult run = run_command(fmt::format("COLUMNS=80 '{}' recommend --profile '{}'", framewise_binary(),
                                                  example_path("flask-for-enterprise.yaml")));
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.rfind("Recommendation: Django", 0) == 0);
    CHECK(run.out.find("flask-for-enterprise") != std::string::npos);
    CHECK(run.out.find("fix:") != std::string::npos);
    CHECK(run.out.find('\x1b') == std::string::npos);
    std::size_t start = 0;
    while (start < run.out.size()) {
      const std::size_t end = run.out.find('\n', start);
      // Columns, not bytes: a score bar may be drawn in UTF-8 block characters.
      const auto columns = std::count_if(run.out.begin() + static_cast<std::ptrdiff_t>(start),
                                         run.out.begin() + static_cast<std::ptrdiff_t>(end),
                                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
      CHECK(columns <= 80);
      start = end + 1;
    }
  }

  TEST_CASE("--color always colours, NO_COLOR does not stop an explicit always")
  {
    const RunResult run = run_command(fmt::format("NO_COLOR=1 '{}' recommend --color always --profile '{}'",
                                                  framewise_binary(), example_path("io-bound-api.yaml")));
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("\x1b[") != std::string::npos);
  }

  TEST_CASE("the pack compiled at build time reports exactly what its YAML does")
  {
    // The usual start restores the built-in pack compiled by
    // framewise_compile_pack; --no-builtin-rules --rules parses the same YAML
    // now. Run from the source tree so both name the files alike.
    for (const auto& example : k_examples) {
      for (const std::string format : {"json", "text"}) {
        CAPTURE(example.file);
        CAPTURE(format);
        const std::string args = fmt::format("--format {} --profile '{}'", format, example_path(example.file));
        const RunResult compiled = recommend(args);
        const RunResult from_yaml =
          run_command(fmt::format("cd '{}' && '{}' --no-builtin-rules --rules rules --rules data recommend {}",
                                  source_dir(), framewise_binary(), args));
        INFO(from_yaml.err);
        REQUIRE(compiled.exit_code == 0);
        REQUIRE(from_yaml.exit_code == 0);
        CHECK(compiled.out == from_yaml.out);
      }
    }
  }
}

TEST_SUITE("check: the gate's options through the binary")
{
  // Exit codes only: 0 passed, 1 the gate failed, 2 bad usage. The messages
  // are the golden cases' business.
  int check_exit(const std::string& args)
  {
    return run_command(fmt::format("'{}' check {} '{}'", framewise_binary(), args, example_path("cms-with-admin.yaml")))
      .exit_code;
  }

  TEST_CASE("--min-margin: a lead a tenth above N passes, a tenth below fails; N outside 0-100 is refused")
  {
    const double margin = recommend_json("cms-with-admin.yaml")["margin"];
    REQUIRE(margin > 1);
    REQUIRE(check_exit("") == 0);
    CHECK(check_exit(fmt::format("--min-margin {:.1f}", margin - 0.1)) == 0);
    CHECK(check_exit(fmt::format("--min-margin {:.1f}", margin + 0.1)) == 1);
    CHECK(check_exit("--min-margin 0") == 0);
    CHECK(check_exit("--min-margin 100") == 1);
    CHECK(check_exit("--min-margin 100.1") == 2);
    CHECK(check_exit("--min-margin=-0.1") == 2);
    CHECK(check_exit("--min-margin 5x") == 2);
  }

  TEST_CASE("--expect: the pick passes, another framework fails, an unknown one is bad usage")
  {
    const std::string pick = recommend_json("cms-with-admin.yaml")["recommendation"];
    REQUIRE(pick == "django");
    CHECK(check_exit("--expect django") == 0);
    CHECK(check_exit("--expect flask") == 1);
    CHECK(check_exit("--expect fastapi") == 1);
    CHECK(check_exit("--expect rails") == 2);
  }
}
