// End-to-end: `recommend --what-if --explain --format json` on every example
// profile. Every claim is re-checked by running the binary again on the
// profile the claim describes.
#include "process.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

using Json = nlohmann::json;

// The example profiles, and the profiles written for these tests
// (tests/e2e/profiles/: toss-ups, which the scenarios of the examples are not).
std::vector<std::string>
example_profiles()
{
  std::vector<std::string> paths;
  for (const char* dir : {"/data/examples", "/tests/e2e/profiles"}) {
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() + dir)) {
      if (entry.is_regular_file()) { // data/examples/packs/ holds example rule packs, not profiles
        paths.push_back(entry.path().string());
      }
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

// A file in this process's own scratch directory (made once, under the system
// temporary directory), so that two suites running at once never collide.

std::string
scratch_path(const std::string& name)
{
  static const ScratchDir dir("what-if");
  return dir.path() + "/" + name;
}

// The profile as framewise writes it (--save-profile): one "  id: value" line
// per answer under "answers:", whatever the original layout or format.
std::string
normalized_profile(const std::string& path)
{
  const std::string saved = scratch_path("saved.yaml");
  const RunResult run =
    run_command(fmt::format("'{}' recommend --profile '{}' --save-profile '{}'", framewise_binary(), path, saved));
  REQUIRE(run.exit_code == 0);
  std::string text = read_whole_file(saved);
  std::filesystem::remove(saved);
  const auto empty = text.find("answers: {}\n");
  if (empty != std::string::npos) {
    text.replace(empty, 12, "answers:\n");
  }
  return text;
}

// `profile` (normalized) with each change applied: the question's line is
// replaced, or added when the question was unanswered. JSON values are YAML.
std::string
changed_profile(std::string profile, const Json& changes)
{
  for (const auto& change : changes) {
    const std::string key = "\n  " + change["question"].get<std::string>() + ": ";
    const auto at = profile.find(key);
    if (at != std::string::npos) {
      profile.erase(at + 1, profile.find('\n', at + 1) - at);
    }
    profile += "  " + change["question"].get<std::string>() + ": " + change["answer"].dump() + "\n";
  }
  return profile;
}

Json
recommend_json(const std::string& args, const std::string& stdin_file = "/dev/null")
{
  const RunResult run =
    run_command(fmt::format("'{}' recommend --format json {}", framewise_binary(), args), stdin_file);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return Json::parse(run.out);
}

// Runs the binary on `profile` and returns its JSON document.
Json
recommend_on(const std::string& profile)
{
  const std::string path = scratch_path("changed.yaml");
  std::ofstream(path, std::ios::binary) << profile;
  Json document = recommend_json("--profile -", path);
  std::filesystem::remove(path);
  return document;
}

} // namespace

TEST_SUITE("recommend --what-if on the example profiles")
{
  TEST_CASE("every flip point and every path makes the claimed framework first, by the claimed margin")
  {
    std::size_t flips = 0;
    std::size_t found = 0;
    std::size_t not_found = 0;
    std::size_t profiles_with_flips = 0;
    for (const auto& path : example_profiles()) {
      CAPTURE(path);
      const Json document = recommend_json(fmt::format("--what-if --profile '{}'", path));
      const std::string profile = normalized_profile(path);
      REQUIRE(document["paths_to"].size() + 1 == document["ranking"].size());
      CHECK(document["one_answer_flips"] == document["what_if"].size());
      for (const auto& flip : document["what_if"]) {
        CAPTURE(flip.dump());
        const Json rerun = recommend_on(changed_profile(profile, Json::array({flip})));
        CHECK(rerun["recommendation"] == flip["recommendation"]);
        CHECK(rerun["margin"] == flip["margin"]);
        CHECK(flip["recommendation"] != document["recommendation"]);
        ++flips;
      }
      profiles_with_flips += document["what_if"].empty() ? 0 : 1;
      for (const auto& path_to : document["paths_to"]) {
        CAPTURE(path_to.dump());
        CHECK(path_to["framework"] != document["recommendation"]);
        if (!path_to["found"].get<bool>()) {
          CHECK(path_to["changes"].empty());
          ++not_found;
          continue;
        }
        REQUIRE(!path_to["changes"].empty());
        CHECK(path_to["changes"].size() <= 3);
        const Json rerun = recommend_on(changed_profile(profile, path_to["changes"]));
        CHECK(rerun["recommendation"] == path_to["framework"]);
        CHECK(rerun["margin"] == path_to["margin"]);
        ++found;
      }
    }
    // Every kind of claim was re-checked, several times: the toss-up profiles
    // have a dozen flip points or more each; some example is out of reach of
    // its rivals (no path within 3 changes).
    CAPTURE(flips);
    CAPTURE(found);
    CAPTURE(not_found);
    CHECK(profiles_with_flips >= 3);
    CHECK(flips >= 20);
    CHECK(found >= 20);
    CHECK(not_found >= 1);
  }

  TEST_CASE("confidence follows the margin and the number of flip points")
  {
    std::map<std::string, std::size_t> seen;
    for (const auto& path : example_profiles()) {
      CAPTURE(path);
      const Json document = recommend_json(fmt::format("--profile '{}'", path));
      const double margin = document["margin"];
      const std::size_t flips = document["one_answer_flips"];
      const std::string confidence = document["confidence"];
      if (margin < 5 || (margin < 15 && flips >= 2)) {
        CHECK(confidence == "toss-up");
      } else if (margin >= 15 && flips == 0) {
        CHECK(confidence == "clear");
      } else {
        CHECK(confidence == "lean");
      }
      ++seen[confidence];
    }
    // Each branch above ran: the examples are clear or lean, the profiles of
    // tests/e2e/profiles/ toss-ups.
    CHECK(seen["clear"] >= 1);
    CHECK(seen["lean"] >= 1);
    CHECK(seen["toss-up"] >= 2);
  }

  TEST_CASE("--explain: the fired rules add up to each framework's raw total, which gives its score")
  {
    for (const auto& path : example_profiles()) {
      CAPTURE(path);
      const Json document = recommend_json(fmt::format("--explain --profile '{}'", path));
      std::map<std::string, double> totals;
      REQUIRE(!document["explain"].empty());
      for (const auto& rule : document["explain"]) {
        CHECK_FALSE(rule["source"].get<std::string>().empty());
        CHECK(rule["fired"] == (rule["state"] == "fired"));
        if (rule["fired"].get<bool>()) {
          for (const auto& [framework, effect] : rule["effects"].items()) {
            totals[framework] += effect.get<double>();
          }
        } else {
          CHECK_FALSE(rule["answers"].empty()); // what kept it from firing
        }
      }
      const double scale = document["scoring"]["scale"];
      // The documented formula: 100 * e^(raw/scale) / sum of e^(raw/scale).
      double sum = 0;
      for (const auto& entry : document["ranking"]) {
        sum += std::exp(entry["raw"].get<double>() / scale);
      }
      for (const auto& entry : document["ranking"]) {
        const std::string framework = entry["framework"];
        CHECK(totals[framework] == doctest::Approx(entry["raw"].get<double>()));
        const double score = 100.0 * std::exp(entry["raw"].get<double>() / scale) / sum;
        CHECK(std::abs(entry["score"].get<double>() - score) <= 0.05 + 1e-9); // rounded to 0.1
      }
    }
  }

  TEST_CASE("--format markdown is a decision record naming the pick and its confidence")
  {
    const std::string path = source_dir() + "/data/examples/cms-with-admin.yaml";
    const RunResult run =
      run_command(fmt::format("'{}' recommend --format markdown --profile '{}'", framewise_binary(), path));
    REQUIRE(run.exit_code == 0);
    const Json document = recommend_json(fmt::format("--profile '{}'", path));
    CHECK(run.out.find("\n# Use Django for ") != std::string::npos);
    for (const char* heading :
         {"## Context and Problem Statement", "## Decision Drivers", "## Considered Options", "## Decision Outcome",
          "### Consequences", "## Pros and Cons of the Options", "## More Information"}) {
      CAPTURE(heading);
      CHECK(run.out.find(std::string("\n") + heading + "\n") != std::string::npos);
    }
    CHECK(run.out.find("Confidence: **" + document["confidence"].get<std::string>() + "**") != std::string::npos);
  }

  TEST_CASE("score bars use block characters on a UTF-8 locale and '#' otherwise")
  {
    const std::string path = source_dir() + "/data/examples/io-bound-api.yaml";
    const auto text = [&](const std::string& locale) {
      return run_command(fmt::format("env -u LC_ALL -u LC_CTYPE LANG={} '{}' recommend --profile '{}'", locale,
                                     framewise_binary(), path))
        .out;
    };
    CHECK(text("C.UTF-8").find("█") != std::string::npos);
    CHECK(text("C").find("█") == std::string::npos);
    CHECK(text("C").find("###") != std::string::npos);
  }
}
