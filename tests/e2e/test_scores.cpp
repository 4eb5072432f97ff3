// End-to-end: the promises about scores, leads and the sensitivity table, as a
// user (or a script reading --format json) sees them, on every example profile
// and every single-answer change to it.
#include "process.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
// GCC 12 at -O1 with the sanitizers (make test-sanitize) warns that std::regex's
// own std::function members may be used uninitialized: a known false positive
// inside libstdc++ (GCC bug 105562), not in this file's code. It is reported
// where the templates are instantiated, so it stays off for the whole file.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

using Json = nlohmann::ordered_json; // keeps the keys in the order framewise writes them (pack order)

std::vector<std::string>
example_profiles()
{
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() + "/data/examples")) {
    if (entry.is_regular_file()) { // packs/ holds example rule packs, not profiles
      paths.push_back(entry.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::string
scratch_path(const std::string& name)
{
  return fmt::format("/tmp/framewise-e2e-scores-{}-{}", ::getpid(), name);
}

RunResult
framewise(const std::string& args, const std::string& stdin_file = "/dev/null")
{
  return run_command(fmt::format("'{}' {}", framewise_binary(), args), stdin_file);
}

Json
json_of(const std::string& args, const std::string& stdin_file = "/dev/null")
{
  const RunResult run = framewise(args, stdin_file);
  INFO(args, "\n", run.err);
  REQUIRE(run.exit_code == 0);
  return Json::parse(run.out);
}

// The example's answers as a JSON object (the profile as --save-profile writes
// it, read back through YAML-compatible JSON: framewise reads JSON profiles).
Json
answers_of(const std::string& path)
{
  const std::string saved = scratch_path("saved.json");
  const RunResult run = framewise(fmt::format("recommend --profile '{}' --save-profile '{}'", path, saved));
  REQUIRE(run.exit_code == 0);
  std::ifstream in(saved);
  std::stringstream text;
  text << in.rdbuf();
  std::filesystem::remove(saved);
  // The saved file is YAML "  id: value" lines under "answers:"; each value is
  // JSON-compatible (true, 40, fastapi, [a, b]) apart from bare words.
  Json answers = Json::object();
  std::string line;
  bool in_answers = false;
  while (std::getline(text, line)) {
    if (line.rfind("answers:", 0) == 0) {
      in_answers = true;
      continue;
    }
    if (!in_answers || line.rfind("  ", 0) != 0) {
      continue;
    }
    const auto colon = line.find(": ");
    const std::string id = line.substr(2, colon - 2);
    const std::string value = line.substr(colon + 2);
    if (value == "true" || value == "false") {
      answers[id] = value == "true";
    } else if (!value.empty() && (std::isdigit(static_cast<unsigned char>(value[0])) || value[0] == '-')) {
      answers[id] = std::stoll(value);
    } else if (!value.empty() && value[0] == '[') {
      Json items = Json::array();
      std::string inner = value.substr(1, value.size() - 2);
      std::stringstream parts(inner);
      std::string item;
      while (std::getline(parts, item, ',')) {
        item.erase(0, item.find_first_not_of(' '));
        if (!item.empty()) {
          items.push_back(item);
        }
      }
      answers[id] = items;
    } else if (value != "null") {
      answers[id] = value;
    }
  }
  return answers;
}

Json
recommend_answers(const Json& answers, const std::string& options = "--explain")
{
  const std::string path = scratch_path("changed.json");
  std::ofstream(path, std::ios::binary) << Json{{"answers", answers}}.dump();
  Json document = json_of(fmt::format("recommend --format json {} --profile -", options), path);
  std::filesystem::remove(path);
  return document;
}

// Every answer worth trying per question: both booleans, every option, the
// empty list and each single item, and for numbers the ends of the range and
// each threshold the rules compare with (from `rules`-free sources: the tests
// --explain prints on the examples) with its neighbours.
std::map<std::string, std::vector<Json>>
answers_to_try()
{
  std::map<std::string, std::set<long long>> thresholds;
  const std::regex number(R"((-?[0-9]+))");
  for (const auto& path : example_profiles()) {
    const Json document = json_of(fmt::format("recommend --format json --explain --profile '{}'", path));
    for (const auto& rule : document["explain"]) {
      for (const auto& comparison : rule["answers"]) {
        const std::string test = comparison["test"];
        for (std::sregex_iterator it(test.begin(), test.end(), number), end; it != end; ++it) {
          const long long value = std::stoll((*it)[1].str());
          thresholds[comparison["question"]].insert({value - 1, value, value + 1});
        }
      }
    }
  }
  std::map<std::string, std::vector<Json>> tries;
  const Json questions = json_of("questions --format json"); // kept alive for the loop
  for (const auto& question : questions["questions"]) {
    const std::string id = question["id"];
    auto& list = tries[id];
    list.push_back(nullptr); // unanswered
    const std::string type = question["type"];
    if (type == "boolean") {
      list.insert(list.end(), {true, false});
    } else if (type == "choice") {
      for (const auto& option : question["options"]) {
        list.push_back(option["id"]);
      }
    } else if (type == "list") {
      list.push_back(Json::array());
      for (const auto& option : question["options"]) {
        list.push_back(Json::array({option["id"]}));
      }
    } else {
      const long long low = question["min"];
      const long long high = question["max"];
      std::set<long long> values{low, high};
      for (const auto value : thresholds[id]) {
        values.insert(std::clamp(value, low, high));
      }
      list.insert(list.end(), values.begin(), values.end());
    }
  }
  return tries;
}

// Per framework id: raw total, score (as printed) and rank.
struct Scores
{
  std::map<std::string, double> raw;
  std::map<std::string, double> score;
  std::vector<std::string> order; // ranking
};

Scores
scores_of(const Json& document)
{
  Scores scores;
  for (const auto& entry : document["ranking"]) {
    scores.raw[entry["framework"]] = entry["raw"];
    scores.score[entry["framework"]] = entry["score"];
    scores.order.push_back(entry["framework"]);
  }
  return scores;
}

// The pack's framework order: the keys of a per-framework object, which
// framewise writes in pack order.
std::vector<std::string>
pack_order(const Json& document)
{
  std::vector<std::string> order;
  for (const auto& [framework, points] : document["unattributed"].items()) {
    order.push_back(framework);
  }
  return order;
}

void
check_document(const Json& document)
{
  const Scores scores = scores_of(document);
  const auto order = pack_order(document);
  REQUIRE(order.size() == scores.order.size());
  // Ranking: raw order, ties in pack order; scores add up to 100 (as printed,
  // within the rounding of each) and follow the ranking.
  double sum = 0;
  for (std::size_t i = 0; i < scores.order.size(); ++i) {
    sum += scores.score.at(scores.order[i]);
    if (i > 0) {
      const auto& above = scores.order[i - 1];
      const auto& here = scores.order[i];
      const auto rank = [&](const std::string& id) {
        return std::find(order.begin(), order.end(), id) - order.begin();
      };
      CHECK((scores.raw.at(above) > scores.raw.at(here) ||
             (scores.raw.at(above) == scores.raw.at(here) && rank(above) < rank(here))));
      CHECK(scores.score.at(above) >= scores.score.at(here));
    }
  }
  CHECK(std::abs(sum - 100) <= 0.05 * static_cast<double>(order.size()) + 1e-9);
  // The sensitivity columns, with the unattributed rules, add up to raw.
  for (const auto& framework : order) {
    double column = document["unattributed"][framework];
    for (const auto& row : document["sensitivity"]) {
      column += row["moved"][framework].get<double>();
    }
    CAPTURE(framework);
    CHECK(column == doctest::Approx(scores.raw.at(framework)).epsilon(1e-9));
  }
  CHECK(document["decided"] == (document.contains("undecided") ? false : true));
}

} // namespace

TEST_SUITE("scores and leads through --format json")
{
  TEST_CASE("every single-answer change to an example: more evidence for a framework never lowers its score or lead")
  {
    const auto tries = answers_to_try();
    REQUIRE(tries.size() == 20);
    std::size_t premises = 0;
    for (const auto& path : example_profiles()) {
      CAPTURE(path);
      const Json answers = answers_of(path);
      const Json base = recommend_answers(answers);
      REQUIRE(base["recommendation"] ==
              json_of(fmt::format("recommend --format json --profile '{}'", path))["recommendation"]);
      check_document(base);
      const Scores before = scores_of(base);
      for (const auto& [question, values] : tries) {
        for (const auto& value : values) {
          Json changed = answers;
          if (value.is_null()) {
            changed.erase(question);
          } else {
            changed[question] = value;
          }
          if (changed == answers) {
            continue;
          }
          CAPTURE(question);
          CAPTURE(value.dump());
          const Json document = recommend_answers(changed);
          check_document(document);
          const Scores after = scores_of(document);
          for (const auto& [x, raw_x] : after.raw) {
            const double gain = raw_x - before.raw.at(x);
            bool most = true;
            for (const auto& [g, raw_g] : after.raw) {
              most = most && raw_g - before.raw.at(g) <= gain;
            }
            if (!most) {
              continue;
            }
            ++premises;
            CAPTURE(x);
            // Rounding to a tenth keeps order, so the printed score cannot fall.
            CHECK(after.score.at(x) >= before.score.at(x));
            for (const auto& [y, raw_y] : before.raw) {
              if (y == x || before.raw.at(x) < raw_y) {
                continue;
              }
              CHECK(after.raw.at(x) >= after.raw.at(y)); // no rival overtakes
              // From two printed scores, each off by up to 0.05.
              CHECK(after.score.at(x) - after.score.at(y) >= before.score.at(x) - before.score.at(y) - 0.1 - 1e-9);
            }
            if (before.order.front() == x && after.order.front() == x) {
              CHECK(document["margin"].get<double>() >= base["margin"].get<double>()); // rounded from unrounded
            }
          }
        }
      }
    }
    CHECK(premises > 1000);
  }

  TEST_CASE("the lead is computed from unrounded scores, by the sentence --explain prints")
  {
    const Json document = json_of(fmt::format("recommend --format json --explain --profile '{}'",
                                              source_dir() + "/data/examples/async-for-cpu-bound.yaml"));
    const double scale = document["scoring"]["scale"];
    CHECK(scale == 35);
    double sum = 0;
    for (const auto& entry : document["ranking"]) {
      sum += std::exp(entry["raw"].get<double>() / scale);
    }
    const auto& ranking = document["ranking"];
    const double first = 100 * std::exp(ranking[0]["raw"].get<double>() / scale) / sum;
    const double second = 100 * std::exp(ranking[1]["raw"].get<double>() / scale) / sum;
    CHECK(document["margin"].get<double>() == doctest::Approx(std::round((first - second) * 10) / 10));
    const RunResult text = framewise(
      fmt::format("recommend --explain --profile '{}'", source_dir() + "/data/examples/async-for-cpu-bound.yaml"));
    CHECK(text.out.find("each score is 100 * e^(raw / 35) divided by the sum") != std::string::npos);
  }
}

namespace {

// "+3", "-0.5", "0" in tenths.
long long
tenths_of(const std::string& points)
{
  return std::llround(std::stod(points) * 10);
}

std::vector<std::string>
words_of(const std::string& line)
{
  std::vector<std::string> words;
  std::stringstream in(line);
  std::string word;
  while (in >> word) {
    words.push_back(word);
  }
  return words;
}

} // namespace

TEST_SUITE("the sensitivity table adds up, in every format")
{
  TEST_CASE("text: each column of the table sums to the raw total row and to the ranking's raw totals")
  {
    for (const auto& path : example_profiles()) {
      CAPTURE(path);
      const Json document = json_of(fmt::format("recommend --format json --explain --profile '{}'", path));
      const RunResult run = framewise(fmt::format("recommend --explain --profile '{}'", path));
      REQUIRE(run.exit_code == 0);
      const auto at = run.out.find("How far each answer moved each framework");
      REQUIRE(at != std::string::npos);
      std::stringstream table(run.out.substr(run.out.find("    answer ", at)));
      std::string line;
      std::getline(table, line);
      const auto names = words_of(line); // "answer", then the framework names
      const std::size_t columns = names.size() - 1;
      std::vector<long long> sums(columns, 0);
      std::vector<long long> totals;
      while (std::getline(table, line) && !line.empty()) {
        const auto words = words_of(line);
        REQUIRE(words.size() >= columns + 1);
        std::vector<long long> row;
        for (std::size_t c = 0; c < columns; ++c) {
          row.push_back(tenths_of(words[words.size() - columns + c]));
        }
        if (line.find("= raw total") != std::string::npos) {
          totals = row;
          break;
        }
        for (std::size_t c = 0; c < columns; ++c) {
          sums[c] += row[c];
        }
      }
      CHECK(sums == totals);
      // The header's names in pack order; the ranking gives each raw total.
      for (std::size_t c = 0; c < columns; ++c) {
        for (const auto& entry : document["ranking"]) {
          if (entry["name"] == names[c + 1]) {
            CHECK(totals[c] == std::llround(entry["raw"].get<double>() * 10));
          }
        }
      }
    }
  }

  TEST_CASE("markdown: the decision drivers add up to each framework's raw total")
  {
    const std::regex points(R"(([A-Za-z]+) ([+-][0-9]+(\.[0-9])?))");
    const std::regex raw_line(R"(### ([A-Za-z]+)\n\n[^\n]*\n\nScore [0-9.]+ \(raw ([+-]?[0-9.]+)\))");
    for (const auto& path : example_profiles()) {
      CAPTURE(path);
      const RunResult run = framewise(fmt::format("recommend --format markdown --profile '{}'", path));
      REQUIRE(run.exit_code == 0);
      const auto from = run.out.find("## Decision Drivers");
      const auto to = run.out.find("## Considered Options");
      REQUIRE(from != std::string::npos);
      const std::string drivers = run.out.substr(from, to - from);
      std::map<std::string, long long> sums;
      std::stringstream lines(drivers);
      std::string line;
      while (std::getline(lines, line)) {
        if (line.rfind("* ", 0) != 0) {
          continue;
        }
        const std::string moved = line.substr(line.rfind(": ") + 2);
        for (std::sregex_iterator it(moved.begin(), moved.end(), points), end; it != end; ++it) {
          sums[(*it)[1].str()] += tenths_of((*it)[2].str());
        }
      }
      std::size_t frameworks = 0;
      for (std::sregex_iterator it(run.out.begin(), run.out.end(), raw_line), end; it != end; ++it) {
        CAPTURE((*it)[1].str());
        CHECK(sums[(*it)[1].str()] == tenths_of((*it)[2].str() == "0" ? "0" : (*it)[2].str()));
        ++frameworks;
      }
      CHECK(frameworks == 3);
    }
  }
}

TEST_SUITE("no recommendation without evidence")
{
  TEST_CASE("framewise init, then check --expect fails and plain check reports info")
  {
    const std::string path = scratch_path("init.yaml");
    std::filesystem::remove(path);
    REQUIRE(framewise(fmt::format("init '{}'", path)).exit_code == 0);
    const RunResult text = framewise(fmt::format("recommend --profile '{}'", path));
    CHECK(text.exit_code == 0);
    CHECK(text.out.rfind("No recommendation yet: nothing answered moves the scores", 0) == 0);
    const Json document = json_of(fmt::format("recommend --format json --profile '{}'", path));
    CHECK(document["decided"] == false);
    CHECK(document["undecided"]["reason"] == "nothing-answered");
    const RunResult expect = framewise(fmt::format("check '{}' --expect fastapi", path));
    CHECK(expect.exit_code == 1);
    CHECK(expect.out.find("error no-decision") != std::string::npos);
    CHECK(framewise(fmt::format("check '{}' --min-margin 0", path)).exit_code == 1);
    const RunResult plain = framewise(fmt::format("check '{}'", path));
    CHECK(plain.exit_code == 0);
    CHECK(plain.out.find("info no-decision") != std::string::npos);
    CHECK(framewise(fmt::format("check '{}' --fail-on info", path)).exit_code == 1);
    std::filesystem::remove(path);
  }

  TEST_CASE("every example is decided and passes --expect of its own pick")
  {
    for (const auto& path : example_profiles()) {
      CAPTURE(path);
      const Json document = json_of(fmt::format("recommend --format json --profile '{}'", path));
      CHECK(document["decided"] == true);
      const std::string pick = document["recommendation"];
      // --fail-on error: the examples' own mistakes are warnings or errors by design.
      const RunResult run = framewise(fmt::format("check '{}' --expect {} --format json", path, pick));
      const Json report = Json::parse(run.out);
      for (const auto& finding : report["profiles"][0]["findings"]) {
        CHECK(finding["id"] != "no-decision");
        CHECK(finding["id"] != "unexpected-recommendation");
      }
    }
  }
}
