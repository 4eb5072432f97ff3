// End-to-end: a file framewise writes (--save-profile) is replaced all at once.
// A crash at the worst moments (half the new text written; all of it written
// but not yet renamed) leaves the old file as it was. The crashes are real
// SIGKILLs, triggered by the FRAMEWISE_TEST_CRASH_WRITE hook in cli/atomic_file.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "process.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

constexpr const char* k_old_profile = "# the user's own file, written by hand\n"
                                      "version: 1\n"
                                      "name: keep-me\n"
                                      "answers:\n"
                                      "  team_size: 7\n";

// A scratch directory with the old saved profile and a new profile to save.
class Scratch
{
public:
  Scratch()
      : m_dir(fs::temp_directory_path() / fmt::format("framewise-atomic-{}", ::getpid()))
  {
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    write(saved(), k_old_profile);
    std::string extras;
    for (int i = 0; i < 40; ++i) {
      extras += fmt::format("{}tool-{:02}", i == 0 ? "" : ", ", i);
    }
    write(m_dir / "new.yaml",
          fmt::format("version: 1\nname: replacement\nanswers:\n  team_size: 40\n  extras: [{}]\n", extras));
  }
  ~Scratch() { fs::remove_all(m_dir); }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  fs::path
  saved() const
  {
    return m_dir / "saved.yaml";
  }

  RunResult
  save(const std::string& crash_point) const
  {
    const std::string hook = crash_point.empty() ? "" : fmt::format("FRAMEWISE_TEST_CRASH_WRITE={} ", crash_point);
    return run_command(fmt::format("cd '{}' && {}'{}' recommend --profile new.yaml --save-profile saved.yaml",
                                   m_dir.string(), hook, framewise_binary()));
  }

  // Files beside saved.yaml that are not the two profiles: temporary files.
  std::vector<fs::path>
  leftovers() const
  {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(m_dir)) {
      const auto name = entry.path().filename().string();
      if (name != "saved.yaml" && name != "new.yaml") {
        found.push_back(entry.path());
      }
    }
    return found;
  }

private:
  static void
  write(const fs::path& path, const std::string& text)
  {
    std::ofstream(path) << text;
  }

  fs::path m_dir;
};

} // namespace

TEST_CASE("killed with half the new profile written, the old file is intact")
{
  const Scratch scratch;
  const RunResult run = scratch.save("half-written");
  CHECK(run.exit_code == 128 + 9);
  CHECK(read_whole_file(scratch.saved().string()) == k_old_profile);
  // The crash really happened mid-write: a partial temporary file is beside it.
  const auto leftovers = scratch.leftovers();
  REQUIRE(leftovers.size() == 1);
  CHECK(leftovers.front().filename().string().rfind("saved.yaml.", 0) == 0);
  const std::string partial = read_whole_file(leftovers.front().string());
  CHECK(!partial.empty());
  CHECK(partial.find("tool-39") == std::string::npos);
}

TEST_CASE("killed with the new profile written but not yet renamed, the old file is intact")
{
  const Scratch scratch;
  const RunResult run = scratch.save("before-rename");
  CHECK(run.exit_code == 128 + 9);
  CHECK(read_whole_file(scratch.saved().string()) == k_old_profile);
  const auto leftovers = scratch.leftovers();
  REQUIRE(leftovers.size() == 1);
  CHECK(read_whole_file(leftovers.front().string()).find("tool-39") != std::string::npos);
}

TEST_CASE("without a crash the profile is replaced, keeps its permissions and leaves nothing beside it")
{
  const Scratch scratch;
  fs::permissions(scratch.saved(), fs::perms::owner_read | fs::perms::owner_write);
  const RunResult run = scratch.save("");
  CHECK(run.exit_code == 0);
  const std::string saved = read_whole_file(scratch.saved().string());
  CHECK(saved.find("name: \"replacement\"") != std::string::npos);
  CHECK(saved.find("tool-39") != std::string::npos);
  CHECK(scratch.leftovers().empty());
  CHECK(fs::status(scratch.saved()).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
}

TEST_CASE("when the file cannot be replaced, the error is reported and the temporary file removed")
{
  const Scratch scratch;
  fs::remove(scratch.saved());
  fs::create_directory(scratch.saved()); // renaming a file over a directory fails
  const RunResult run = scratch.save("");
  CHECK(run.exit_code != 0);
  // Found before anything is written (recommend checks --save-profile first).
  CHECK(run.err.find("saved.yaml: output: --save-profile cannot write it: 'saved.yaml' is a directory") !=
        std::string::npos);
  CHECK(fs::is_directory(scratch.saved()));
  CHECK(scratch.leftovers().empty());
}
