// End-to-end properties of `check --scan` and `recommend --scan` over every
// fixture tree of tests/fixtures/scan/ that scans cleanly: what the scan
// proves never contradicts itself, and the gate on the scan alone is the gate
// on the profile `scan` prints.
#include "process.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

// The fixture trees `framewise scan` reads without an error (exit 0), each
// with something proved; at least `minimum` of them, so the properties below
// are checked on real variety.
std::vector<std::string>
clean_trees(std::size_t minimum)
{
  std::vector<std::string> trees;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() + "/tests/fixtures/scan")) {
    const auto run =
      run_command(fmt::format("'{}' scan '{}' --format json", framewise_binary(), entry.path().string()));
    if (run.exit_code == 0 && !nlohmann::json::parse(run.out)["answers"].empty()) {
      trees.push_back(entry.path().string());
    }
  }
  std::sort(trees.begin(), trees.end());
  REQUIRE(trees.size() >= minimum);
  return trees;
}

// `framewise scan TREE` into `path`.
void
write_scan_profile(const std::string& tree, const std::string& path)
{
  const auto run = run_command(fmt::format("'{}' scan '{}'", framewise_binary(), tree));
  REQUIRE(run.exit_code == 0);
  std::ofstream(path) << run.out;
}

std::vector<std::string>
finding_ids(const nlohmann::json& check)
{
  std::vector<std::string> ids;
  for (const auto& profile : check["profiles"]) {
    for (const auto& finding : profile["findings"]) {
      ids.push_back(finding["id"]);
    }
  }
  return ids;
}

} // namespace

TEST_SUITE("check --scan and recommend --scan, over the fixture trees")
{
  TEST_CASE("the profile scan prints never contradicts the code it came from")
  {
    const ScratchDir scratch("scan-gate");
    for (const auto& tree : clean_trees(10)) {
      CAPTURE(tree);
      const std::string profile = scratch.path() + "/scanned.yaml";
      write_scan_profile(tree, profile);
      const auto check = run_command(fmt::format("'{}' check --profile '{}' --scan '{}' --fail-on info --format json",
                                                 framewise_binary(), profile, tree));
      CHECK(check.exit_code != 2);
      const auto ids = finding_ids(nlohmann::json::parse(check.out));
      CHECK(std::count(ids.begin(), ids.end(), "profile-contradicts-code") == 0);
    }
  }

  TEST_CASE("the gate on the scan alone is the gate on the scan's profile, located at the manifests")
  {
    const ScratchDir scratch("scan-gate");
    for (const auto& tree : clean_trees(10)) {
      CAPTURE(tree);
      const std::string profile = scratch.path() + "/scanned.yaml";
      write_scan_profile(tree, profile);
      const auto alone =
        run_command(fmt::format("'{}' check --scan '{}' --fail-on info --format json", framewise_binary(), tree));
      const auto from_profile =
        run_command(fmt::format("'{}' check --profile '{}' --fail-on info --format json", framewise_binary(), profile));
      INFO(alone.err, from_profile.err);
      REQUIRE(alone.exit_code == from_profile.exit_code);
      const auto a = nlohmann::json::parse(alone.out);
      const auto b = nlohmann::json::parse(from_profile.out);
      CHECK(a["profiles"][0]["recommendation"] == b["profiles"][0]["recommendation"]);
      CHECK(a["profiles"][0]["score"] == b["profiles"][0]["score"]);
      CHECK(finding_ids(a) == finding_ids(b));
      // Every finding of the scan alone points into the scanned tree, never
      // at a profile that does not exist.
      for (const auto& finding : a["profiles"][0]["findings"]) {
        const std::string path = finding["location"]["path"];
        CHECK(path.rfind(tree + "/", 0) == 0);
      }
    }
  }

  TEST_CASE("recommend --scan on a pipe recommends what recommend --profile does on the scan's profile")
  {
    const ScratchDir scratch("scan-gate");
    for (const auto& tree : clean_trees(10)) {
      CAPTURE(tree);
      const std::string profile = scratch.path() + "/scanned.yaml";
      const std::string saved = scratch.path() + "/saved.yaml";
      write_scan_profile(tree, profile);
      const auto scanned = run_command(
        fmt::format("'{}' recommend --scan '{}' --format json --save-profile '{}'", framewise_binary(), tree, saved));
      const auto declared =
        run_command(fmt::format("'{}' recommend --profile '{}' --format json", framewise_binary(), profile));
      REQUIRE(scanned.exit_code == 0);
      REQUIRE(declared.exit_code == 0);
      auto a = nlohmann::json::parse(scanned.out);
      auto b = nlohmann::json::parse(declared.out);
      CHECK(a["recommendation"] == b["recommendation"]);
      CHECK(a["ranking"] == b["ranking"]);
      // The saved profile holds the same answers, and reads back to the same pick.
      const auto again =
        run_command(fmt::format("'{}' recommend --profile '{}' --format json", framewise_binary(), saved));
      REQUIRE(again.exit_code == 0);
      CHECK(nlohmann::json::parse(again.out)["ranking"] == b["ranking"]);
      CHECK(read_whole_file(saved).find("  # from the scan of " + tree + ":\n") != std::string::npos);
    }
  }
}
