// End-to-end: `framewise recommend` asking the questionnaire on a real
// pseudo-terminal, as a person would.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "process.hpp"
#include "pty_session.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <unistd.h>

namespace {

struct Paths
{
  std::string out = fmt::format("/tmp/framewise-pty-out-{}", ::getpid());
  std::string saved = fmt::format("/tmp/framewise-pty-saved-{}.yaml", ::getpid());
  ~Paths()
  {
    std::remove(out.c_str());
    std::remove(saved.c_str());
  }
};

// The id of the question being asked: the text between "[k/N] " and ":" of the
// last header shown.
std::string
current_question(const std::string& transcript)
{
  const std::size_t header = transcript.rfind("] ");
  const std::size_t colon = transcript.find(':', header);
  return transcript.substr(header + 2, colon - header - 2);
}

// Types `text` and Enter. (Two writes: g++ 12 warns falsely on `text + "\n"`.)
void
send_line(PtySession& session, const std::string& text)
{
  session.send(text);
  session.send("\n");
}

} // namespace

TEST_SUITE("recommend, asking on a terminal")
{
  TEST_CASE("a full run with chosen answers prints the report on stdout and the prompts on the terminal")
  {
    const Paths paths;
    PtySession session({framewise_binary(), "recommend", "--format", "json", "--save-profile", paths.saved}, paths.out);
    const std::map<std::string, std::string> answers = {
      {"project_kind", "1"},        {"lifecycle", "long_lived"}, {"team_size", "4"},
      {"team_expertise", "flask"},  {"knows_type_hints", "yes"}, {"current_framework", "none"},
      {"concurrent_users", "2000"}, {"io_wait_percent", "85"},   {"async_db_driver", "y"},
      {"server_workers", "async"},  {"needs_realtime", "n"},     {"data_model_tables", "6"},
      {"needs_admin", "n"},         {"needs_auth", "y"},         {"needs_reporting", "n"},
      {"needs_api_docs", "y"},      {"strict_validation", "y"},  {"library_control", "n"},
      {"deployment", "kubernetes"}, {"extras", "redis, sentry"}};
    std::size_t asked = 0;
    std::size_t offers = 0;
    std::size_t asked_after_offer = 0;
    for (int prompt = session.expect_any({"> ", "[Y/n] "}); prompt >= 0;
         prompt = session.expect_any({"> ", "[Y/n] "})) {
      if (prompt == 1) {
        ++offers;
        session.send("n\n"); // keep answering, to walk the whole questionnaire
        continue;
      }
      asked_after_offer += offers > 0 ? 1 : 0;
      const std::string id = current_question(session.transcript());
      REQUIRE(answers.count(id) == 1);
      send_line(session, answers.at(id));
      ++asked;
    }
    const int status = session.wait();
    INFO(session.transcript().substr(session.transcript().size() > 600 ? session.transcript().size() - 600 : 0));
    CHECK(status == 0);
    CHECK(asked == answers.size());
    // Offered once, declined, and never offered again for the questions after.
    CHECK(offers == 1);
    CHECK(asked_after_offer >= 1);
    const std::string report = read_whole_file(paths.out);
    INFO(report);
    const auto document = nlohmann::json::parse(report); // no prompt text mixed in
    CHECK(document["recommendation"] == "fastapi");
    CHECK(document["unanswered"].empty());
    CHECK(session.transcript().find("[20/20] extras:") != std::string::npos);
    // The saved profile loads back to the same recommendation.
    const RunResult rerun =
      run_command(fmt::format("'{}' recommend --format json --profile '{}'", framewise_binary(), paths.saved));
    CHECK(rerun.exit_code == 0);
    CHECK(nlohmann::json::parse(rerun.out)["ranking"] == document["ranking"]);
    CHECK(read_whole_file(paths.saved).find("extras: [redis, \"sentry\"]") != std::string::npos);
  }

  TEST_CASE("? explains the question, invalid input is asked again, b goes back, s skips")
  {
    const Paths paths;
    PtySession session({framewise_binary(), "recommend", "--save-profile", paths.saved}, paths.out);
    REQUIRE(session.expect("[1/20] project_kind:"));
    REQUIRE(session.expect("> "));
    session.send("?\n");
    CHECK(session.expect("Rules it moves:"));
    CHECK(session.expect("api-first-fits-fastapi (FastAPI +10, Django -2)"));
    REQUIRE(session.expect("> "));
    session.send("apii\n");
    CHECK(session.expect("'apii' is not an option; did you mean 'api'?"));
    REQUIRE(session.expect("> "));
    session.send("api\n");
    REQUIRE(session.expect("[2/20] lifecycle:"));
    REQUIRE(session.expect("> "));
    session.send("b\n");
    REQUIRE(session.expect("[1/20] project_kind:"));
    CHECK(session.expect("[api] > ")); // the earlier answer is the default
    session.send("\n");
    REQUIRE(session.expect("[2/20] lifecycle:"));
    REQUIRE(session.expect("> "));
    session.send("s\n");
    REQUIRE(session.expect("[3/20] team_size:"));
    REQUIRE(session.expect("> "));
    session.send("0\n");
    CHECK(session.expect("0 is out of range; type a whole number from 1 to 100000"));
    REQUIRE(session.expect("> "));
    session.send_eof(); // Ctrl-D at an empty prompt: stop asking
    CHECK(session.expect("the remaining questions stay unanswered"));
    CHECK(session.wait() == 0);
    const std::string saved = read_whole_file(paths.saved);
    CHECK(saved.find("project_kind: api") != std::string::npos);
    CHECK(saved.find("lifecycle") == std::string::npos); // skipped
    CHECK(read_whole_file(paths.out).rfind("Recommendation: FastAPI", 0) == 0);
  }

  TEST_CASE("the questionnaire offers to finish once no remaining answer can change the pick")
  {
    const Paths paths;
    PtySession session({framewise_binary(), "recommend", "--format", "json"}, paths.out);
    const std::map<std::string, std::string> answers = {
      {"project_kind", "web_app"},  {"lifecycle", "long_lived"}, {"team_size", "30"},
      {"team_expertise", "django"}, {"knows_type_hints", "n"},   {"current_framework", "django"},
      {"concurrent_users", "20"},   {"io_wait_percent", "10"},   {"async_db_driver", "n"},
      {"server_workers", "sync"},   {"needs_realtime", "n"},     {"data_model_tables", "60"},
      {"needs_admin", "y"},         {"needs_auth", "y"},         {"needs_reporting", "y"},
      {"needs_api_docs", "n"},      {"strict_validation", "n"},  {"library_control", "n"},
      {"deployment", "vm"},         {"extras", "none"}};
    bool offered = false;
    for (int prompt = session.expect_any({"> ", "[Y/n] "}); prompt >= 0;
         prompt = session.expect_any({"> ", "[Y/n] "})) {
      if (prompt == 1) {
        offered = true;
        CHECK(session.transcript().find("cannot change the recommendation") != std::string::npos);
        session.send("\n");
        break;
      }
      send_line(session, answers.at(current_question(session.transcript())));
    }
    CHECK(offered);
    CHECK(session.wait() == 0);
    const auto document = nlohmann::json::parse(read_whole_file(paths.out));
    CHECK(document["recommendation"] == "django");
    // The claim was true: every remaining question can no longer flip the pick.
    CHECK(document["what_if"].empty());
  }

  TEST_CASE("Ctrl-C exits 130, says where the answers are, and --ask-missing resumes")
  {
    const Paths paths;
    {
      PtySession session({framewise_binary(), "recommend", "--save-profile", paths.saved}, paths.out);
      REQUIRE(session.expect("> "));
      session.send("microservice\n");
      REQUIRE(session.expect("[2/20]"));
      REQUIRE(session.expect("> "));
      session.send("mvp\n");
      REQUIRE(session.expect("[3/20]"));
      REQUIRE(session.expect("> "));
      session.send("\x03"); // Ctrl-C
      CHECK(session.expect(fmt::format("interrupted; 2 answers are saved in {}", paths.saved)));
      CHECK(session.expect("--ask-missing"));
      CHECK(session.wait() == 130);
      CHECK(read_whole_file(paths.out).empty());
    }
    PtySession resumed(
      {framewise_binary(), "recommend", "--profile", paths.saved, "--ask-missing", "--save-profile", paths.saved},
      paths.out);
    CHECK(resumed.expect("18 questions"));
    CHECK(resumed.expect("[1/18] team_size:"));
    REQUIRE(resumed.expect("> "));
    resumed.send("3\n");
    REQUIRE(resumed.expect("[2/18]"));
    REQUIRE(resumed.expect("> "));
    resumed.send_eof();
    CHECK(resumed.wait() == 0);
    const std::string saved = read_whole_file(paths.saved);
    CHECK(saved.find("project_kind: microservice") != std::string::npos);
    CHECK(saved.find("team_size: 3") != std::string::npos);
  }

  TEST_CASE("line editing: Tab completes an option name, the up arrow recalls an earlier answer")
  {
    const Paths paths;
    PtySession session({framewise_binary(), "recommend", "--save-profile", paths.saved}, paths.out);
    REQUIRE(session.expect("[1/20] project_kind:"));
    REQUIRE(session.expect("> "));
    session.send("web\t\n"); // Tab completes "web" to "web_app"
    REQUIRE(session.expect("[2/20] lifecycle:"));
    REQUIRE(session.expect("> "));
    session.send("\x1b[A\n"); // the up arrow brings back "web_app": not a lifecycle
    CHECK(session.expect("'web_app' is not an option"));
    REQUIRE(session.expect("> "));
    session.send_eof();
    CHECK(session.wait() == 0);
    CHECK(read_whole_file(paths.saved).find("project_kind: web_app") != std::string::npos);
  }

  TEST_CASE("on a dumb terminal, plain line reading still works")
  {
    const Paths paths;
    PtySession session({framewise_binary(), "recommend", "--save-profile", paths.saved}, paths.out, "dumb");
    REQUIRE(session.expect("> "));
    session.send("prototype\n");
    REQUIRE(session.expect("[2/20]"));
    REQUIRE(session.expect("> "));
    session.send_eof();
    CHECK(session.wait() == 0);
    CHECK(read_whole_file(paths.saved).find("project_kind: prototype") != std::string::npos);
  }

  TEST_CASE("--save-profile to a path that cannot be written is refused before the first question")
  {
    const Paths paths;
    const std::string unwritable = fmt::format("/tmp/framewise-pty-missing-{}/saved.yaml", ::getpid());
    PtySession session({framewise_binary(), "recommend", "--save-profile", unwritable}, paths.out, "dumb");
    CHECK(session.expect(fmt::format("{}: output: --save-profile cannot write it: the directory", unwritable)));
    CHECK(session.wait() == 2);
    CHECK(session.transcript().find("[1/20]") == std::string::npos); // not one question asked
  }

  TEST_CASE("a save that fails later is said at once, never claimed, and the run exits 2")
  {
    const Paths paths;
    const std::string dir = fmt::format("/tmp/framewise-pty-dir-{}", ::getpid());
    const std::string saved = dir + "/saved.yaml";
    REQUIRE(std::system(fmt::format("mkdir -p '{}'", dir).c_str()) == 0);
    {
      PtySession session({framewise_binary(), "recommend", "--save-profile", saved}, paths.out, "dumb");
      REQUIRE(session.expect("> "));
      session.send("api\n");
      REQUIRE(session.expect("[2/20]"));
      REQUIRE(session.expect("> "));
      CHECK(read_whole_file(saved).find("project_kind: api") != std::string::npos);
      // The directory goes away (root ignores permissions, so a removal it is).
      REQUIRE(std::system(fmt::format("rm -rf '{}'", dir).c_str()) == 0);
      session.send("mvp\n");
      CHECK(session.expect("framewise: output: the answers are NOT saved:"));
      REQUIRE(session.expect("> "));
      session.send("\x03"); // Ctrl-C
      CHECK(session.expect(fmt::format("interrupted; 2 answers are NOT saved: the last save to {} failed", saved)));
      CHECK(session.wait() == 130);
      CHECK(session.transcript().find("resume with") == std::string::npos);
    }
    REQUIRE(std::system(fmt::format("mkdir -p '{}'", dir).c_str()) == 0);
    {
      PtySession session({framewise_binary(), "recommend", "--save-profile", saved}, paths.out, "dumb");
      REQUIRE(session.expect("> "));
      REQUIRE(std::system(fmt::format("rm -rf '{}'", dir).c_str()) == 0);
      session.send("api\n");
      CHECK(session.expect("the answers are NOT saved"));
      REQUIRE(session.expect("> "));
      session.send_eof(); // Ctrl-D: the report is printed, then the failure said again
      CHECK(session.expect(fmt::format("{}: output: the answers are not saved", saved)));
      CHECK(session.wait() == 2);
      CHECK(read_whole_file(paths.out).rfind("Recommendation:", 0) == 0);
    }
  }

  TEST_CASE("the saved file and Ctrl-C give the command that resumes and keeps saving to the same file")
  {
    const Paths paths;
    {
      PtySession session({framewise_binary(), "recommend", "--save-profile", paths.saved}, paths.out, "dumb");
      REQUIRE(session.expect("> "));
      session.send("api\n");
      REQUIRE(session.expect("[2/20]"));
      REQUIRE(session.expect("> "));
      session.send("\x03");
      const std::string resume =
        fmt::format("framewise recommend --profile {} --ask-missing --save-profile {}", paths.saved, paths.saved);
      CHECK(session.expect("resume with: " + resume));
      CHECK(session.wait() == 130);
      CHECK(read_whole_file(paths.saved).find("#   " + resume + "\n") != std::string::npos);
      CHECK(read_whole_file(paths.saved).find("FILE") == std::string::npos);
    }
    // That command, run as printed, asks the rest and saves them to the file.
    PtySession resumed(
      {framewise_binary(), "recommend", "--profile", paths.saved, "--ask-missing", "--save-profile", paths.saved},
      paths.out, "dumb");
    REQUIRE(resumed.expect("[1/19] lifecycle:"));
    REQUIRE(resumed.expect("> "));
    resumed.send("mvp\n");
    REQUIRE(resumed.expect("[2/19]"));
    REQUIRE(resumed.expect("> "));
    resumed.send("\x03");
    CHECK(resumed.expect("interrupted; 2 answers are saved in"));
    CHECK(resumed.wait() == 130);
    CHECK(read_whole_file(paths.saved).find("lifecycle: mvp") != std::string::npos);
  }

  TEST_CASE("Ctrl-C before any answer does not claim a file that was never written")
  {
    const Paths paths;
    PtySession session({framewise_binary(), "recommend", "--save-profile", paths.saved}, paths.out, "dumb");
    REQUIRE(session.expect("> "));
    session.send("\x03");
    CHECK(session.expect(fmt::format("interrupted before any answer; nothing was written to {}", paths.saved)));
    CHECK(session.wait() == 130);
  }

  TEST_CASE("prompts, options and help are wrapped at spaces to the terminal's width")
  {
    const Paths paths;
    constexpr unsigned short k_columns = 60; // wider than the longest rule id, narrower than most lines
    PtySession session({framewise_binary(), "recommend"}, paths.out, "dumb", k_columns);
    REQUIRE(session.expect("> "));
    session.send("?\n"); // the help of project_kind
    REQUIRE(session.expect("Rules it moves:"));
    REQUIRE(session.expect("> "));
    session.send("cms\n"); // a word of web_app's label
    REQUIRE(session.expect("[2/20] lifecycle:"));
    REQUIRE(session.expect("> "));
    session.send_eof();
    CHECK(session.wait() == 0);
    std::istringstream lines(session.transcript());
    std::size_t longest = 0;
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty() && line.back() == '\r') {
        line.pop_back();
      }
      CAPTURE(line);
      CHECK(line.size() < k_columns); // ASCII text: bytes are columns
      longest = std::max(longest, line.size());
    }
    CHECK(longest > k_columns - 12); // lines are filled, not cut short
    // An option's label goes on under its own column, and no word is split.
    CHECK(session.transcript().find("back-office") != std::string::npos);
    CHECK(session.transcript().find("Microservice") != std::string::npos);
  }

  TEST_CASE("recommend --scan asks only what the scan could not settle, and saves the evidence as comments")
  {
    const Paths paths;
    const std::string tree = source_dir() + "/tests/fixtures/scan/fastapi-psycopg2";
    PtySession session(
      {framewise_binary(), "recommend", "--scan", tree, "--format", "json", "--save-profile", paths.saved}, paths.out);
    REQUIRE(session.expect("what the scan of"));
    REQUIRE(session.expect("async_db_driver: false, proved by"));
    std::vector<std::string> asked;
    for (int prompt = session.expect_any({"> ", "[Y/n] "}); prompt >= 0;
         prompt = session.expect_any({"> ", "[Y/n] "})) {
      if (prompt == 1) {
        session.send("n\n");
        continue;
      }
      asked.push_back(current_question(session.transcript()));
      send_line(session, asked.back() == "project_kind" ? "api" : "s");
    }
    INFO(session.transcript().substr(session.transcript().size() > 600 ? session.transcript().size() - 600 : 0));
    CHECK(session.wait() == 0);
    // The scanned answers are never asked; every other question is.
    for (const char* scanned : {"current_framework", "async_db_driver", "extras"}) {
      CHECK(std::find(asked.begin(), asked.end(), scanned) == asked.end());
    }
    CHECK(std::find(asked.begin(), asked.end(), "project_kind") != asked.end());
    CHECK(asked.size() == 20 - 3); // 20 questions in the built-in pack
    const std::string saved = read_whole_file(paths.saved);
    INFO(saved);
    CHECK(saved.find("  # from the scan of " + tree + ":\n") != std::string::npos);
    CHECK(saved.find("psycopg2-binary==2.9.9 (declared)\n  async_db_driver: false\n") != std::string::npos);
    CHECK(saved.find("project_kind: api") != std::string::npos);
    const auto report = nlohmann::json::parse(read_whole_file(paths.out));
    CHECK(report["recommendation"] == "fastapi");
  }
}
