// engine::flip_points and engine::what_if: every claim is re-checked by a full
// evaluation, and checked against a brute-force search with no pruning.
#include "helpers.hpp"

#include <fmt/format.h>

#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/scoring.hpp>
#include <framewise/engine/what_if.hpp>

#include <algorithm>
#include <bit>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using framewise::engine::AnswerChange;
using framewise::model::Answer;
using framewise::model::Answers;
using framewise::model::RulePack;

const std::string k_what_if_pack = std::string(test::k_small_pack) + R"(rules:
  - {id: admin-helps-beta, when: {q: admin, eq: true}, effects: {beta: 10, alpha: -2}, reason: x, source: s}
  - {id: many-users-help-alpha, when: {q: users, gt: 100}, effects: {alpha: 6}, reason: x, source: s}
  - {id: huge-helps-alpha, when: {q: users, gte: 900}, effects: {alpha: 1}, reason: x, source: s}
  - {id: api-helps-alpha, when: {q: kind, eq: api}, effects: {alpha: 3}, reason: x, source: s}
  - {id: site-helps-beta, when: {q: kind, eq: site}, effects: {beta: 4}, reason: x, source: s}
  - {id: redis-and-celery, when: {q: stack, contains: [redis, celery]}, effects: {beta: 20}, reason: x, source: s}
)";

// Every answer the brute force tries for question `q`: the engine's candidates,
// every subset of a list's options and the current list with one option toggled.
std::vector<Answer>
brute_candidates(const RulePack& pack, const Answers& answers, std::uint32_t q)
{
  std::vector<Answer> out = framewise::engine::candidate_answers(pack, q);
  const auto& question = pack.questions[q];
  if (question.type == framewise::model::QuestionType::list) {
    for (std::uint64_t items = 1; items < (std::uint64_t{1} << question.options.size()); ++items) {
      out.push_back(Answer{true, 0, items, static_cast<std::uint32_t>(std::popcount(items))});
    }
    if (answers[q].answered) {
      for (std::size_t i = 0; i < question.options.size(); ++i) {
        Answer toggled = answers[q];
        toggled.items ^= std::uint64_t{1} << i;
        toggled.item_count = static_cast<std::uint32_t>(std::popcount(toggled.items)) +
                             (answers[q].item_count - static_cast<std::uint32_t>(std::popcount(answers[q].items)));
        out.push_back(toggled);
      }
    }
  }
  out.erase(std::remove(out.begin(), out.end(), answers[q]), out.end());
  return out;
}

struct BruteChange
{
  std::uint32_t question;
  Answer answer;
};

std::vector<BruteChange>
all_brute_changes(const RulePack& pack, const Answers& answers)
{
  std::vector<BruteChange> changes;
  for (std::uint32_t q = 0; q < pack.questions.size(); ++q) {
    for (const auto& answer : brute_candidates(pack, answers, q)) {
      changes.push_back({q, answer});
    }
  }
  return changes;
}

// Whether some set of exactly `size` changes on distinct questions makes
// `framework` the pick, trying every combination.
bool
brute_force_reaches(const RulePack& pack, const Answers& answers, std::uint32_t framework, std::size_t size)
{
  const auto changes = all_brute_changes(pack, answers);
  Answers trial = answers;
  const auto picks = [&] { return framewise::engine::top_pick(pack, trial) == framework; };
  for (std::size_t i = 0; i < changes.size(); ++i) {
    trial[changes[i].question] = changes[i].answer;
    if (size == 1 && picks()) {
      return true;
    }
    for (std::size_t j = i + 1; size >= 2 && j < changes.size(); ++j) {
      if (changes[j].question == changes[i].question) {
        continue;
      }
      trial[changes[j].question] = changes[j].answer;
      if (size == 2 && picks()) {
        return true;
      }
      for (std::size_t k = j + 1; size == 3 && k < changes.size(); ++k) {
        if (changes[k].question == changes[i].question || changes[k].question == changes[j].question) {
          continue;
        }
        trial[changes[k].question] = changes[k].answer;
        const bool reached = picks();
        trial[changes[k].question] = answers[changes[k].question];
        if (reached) {
          return true;
        }
      }
      trial[changes[j].question] = answers[changes[j].question];
    }
    trial[changes[i].question] = answers[changes[i].question];
  }
  return false;
}

// How big a change is, as AnswerChange::size documents it.
double
brute_size(const RulePack& pack, const Answers& answers, const BruteChange& change)
{
  if (pack.questions[change.question].type != framewise::model::QuestionType::integer ||
      !answers[change.question].answered) {
    return 1.0;
  }
  const auto from = static_cast<double>(answers[change.question].value);
  const auto to = static_cast<double>(change.answer.value);
  return std::abs(to - from) / std::max({std::abs(from), std::abs(to), 1.0});
}

// Among every set of `size` changes on distinct questions that makes
// `framework` the pick: the smallest total change, and the widest margin at
// that total (what what_if promises to pick).
std::pair<double, double>
brute_best_path(const RulePack& pack, const Answers& answers, std::uint32_t framework, std::size_t size)
{
  const auto changes = all_brute_changes(pack, answers);
  double best_total = 1e9;
  double best_margin = -1e9;
  std::vector<std::size_t> picked;
  const auto visit = [&](const auto& self, std::size_t from) -> void {
    if (picked.size() == size) {
      std::vector<AnswerChange> set;
      double total = 0;
      for (const auto i : picked) {
        set.push_back({changes[i].question, changes[i].answer, 1});
        total += brute_size(pack, answers, changes[i]);
      }
      const auto changed = framewise::engine::with_changes(answers, set);
      if (framewise::engine::top_pick(pack, changed) != framework) {
        return;
      }
      const double margin = framewise::engine::evaluate(pack, changed).margin;
      if (total < best_total - 1e-9 || (total < best_total + 1e-9 && margin > best_margin)) {
        best_total = total;
        best_margin = margin;
      }
      return;
    }
    for (std::size_t i = from; i < changes.size(); ++i) {
      if (std::none_of(picked.begin(), picked.end(),
                       [&](std::size_t j) { return changes[j].question == changes[i].question; })) {
        picked.push_back(i);
        self(self, i + 1);
        picked.pop_back();
      }
    }
  };
  visit(visit, 0);
  return {best_total, best_margin};
}

// Re-checks every claim of what_if() for `answers` and its completeness and
// minimality against the brute force; with `check_best`, also that each path
// is the best of its size (slow: every set of that size is evaluated).
// How many claims check_claims checked, so a test can require that its
// inputs exercised every kind.
struct ClaimCounts
{
  std::size_t flips = 0;
  std::size_t found = 0;
  std::size_t not_found = 0;

  ClaimCounts&
  operator+=(const ClaimCounts& other)
  {
    flips += other.flips;
    found += other.found;
    not_found += other.not_found;
    return *this;
  }
};

ClaimCounts
check_claims(const RulePack& pack, const Answers& answers, bool check_best = false)
{
  ClaimCounts counts;
  const auto result = framewise::engine::what_if(pack, answers);
  const std::uint32_t pick = framewise::engine::top_pick(pack, answers);
  for (const auto& flip : result.flips) {
    const auto changed = framewise::engine::with_changes(answers, {&flip.change, 1});
    CHECK(flip.pick != pick);
    CHECK(framewise::engine::top_pick(pack, changed) == flip.pick);
    CHECK(framewise::engine::evaluate(pack, changed).margin == doctest::Approx(flip.margin));
    CHECK_FALSE(flip.change.answer == answers[flip.change.question]);
    ++counts.flips;
  }
  for (std::size_t i = 1; i < result.flips.size(); ++i) {
    CHECK(result.flips[i - 1].change.size <= result.flips[i].change.size);
  }
  // Completeness: any single change that flips the pick has a flip point on the
  // same question with the same new pick.
  for (const auto& change : all_brute_changes(pack, answers)) {
    const AnswerChange as_change{change.question, change.answer, 1};
    const auto new_pick = framewise::engine::top_pick(pack, framewise::engine::with_changes(answers, {&as_change, 1}));
    if (new_pick != pick) {
      CAPTURE(pack.questions[change.question].id);
      CHECK(std::any_of(result.flips.begin(), result.flips.end(), [&](const auto& flip) {
        return flip.change.question == change.question && flip.pick == new_pick;
      }));
    }
  }
  CHECK(result.paths.size() + 1 == pack.frameworks.size());
  for (const auto& path : result.paths) {
    CAPTURE(pack.frameworks[path.framework].id);
    CHECK(path.framework != pick);
    if (path.found) {
      ++counts.found;
      REQUIRE(!path.changes.empty());
      CHECK(path.changes.size() <= framewise::engine::k_max_path_changes);
      const auto changed = framewise::engine::with_changes(answers, path.changes);
      CHECK(framewise::engine::top_pick(pack, changed) == path.framework);
      CHECK(framewise::engine::evaluate(pack, changed).margin == doctest::Approx(path.margin));
      for (std::size_t i = 1; i < path.changes.size(); ++i) {
        CHECK(path.changes[i - 1].question < path.changes[i].question); // distinct, in order
      }
      for (std::size_t size = 1; size < path.changes.size(); ++size) {
        CHECK_FALSE(brute_force_reaches(pack, answers, path.framework, size)); // smallest
      }
      if (check_best) { // and the best of its size
        double total = 0;
        for (const auto& change : path.changes) {
          total += change.size;
        }
        const auto [best_total, best_margin] = brute_best_path(pack, answers, path.framework, path.changes.size());
        CHECK(total == doctest::Approx(best_total));
        CHECK(path.margin == doctest::Approx(best_margin));
      }
    } else {
      ++counts.not_found;
      CHECK(path.changes.empty());
      for (std::size_t size = 1; size <= framewise::engine::k_max_path_changes; ++size) {
        CHECK_FALSE(brute_force_reaches(pack, answers, path.framework, size));
      }
    }
  }
  return counts;
}

std::string
read_file(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_SUITE("engine::what_if")
{
  TEST_CASE("a number flips at its nearest threshold, and only the nearest is listed")
  {
    const auto pack = test::pack_from(k_what_if_pack);
    // alpha +6 (users > 100), beta +4 (site): alpha is the pick.
    const auto profile = test::profile_from(pack, "answers: {users: 500, kind: site}\n");
    REQUIRE(framewise::engine::top_pick(pack, profile.answers) == 0);
    const auto flips = framewise::engine::flip_points(pack, profile.answers);
    const auto users = std::find_if(
      flips.begin(), flips.end(), [&](const auto& flip) { return pack.questions[flip.change.question].id == "users"; });
    REQUIRE(users != flips.end());
    CHECK(users->change.answer.value == 100);          // not 99 or 0: the nearest value across "> 100"
    CHECK(users->change.size == doctest::Approx(0.8)); // 400 of 500
    CHECK(users->pick == 1);
    CHECK(std::count_if(flips.begin(), flips.end(),
                        [&](const auto& flip) { return flip.change.question == users->change.question; }) == 1);
    CHECK(flips.front().change.question == users->change.question); // the smallest change comes first
    check_claims(pack, profile.answers);
  }

  TEST_CASE("a change that only widens the lead is not a flip point")
  {
    const auto pack = test::pack_from(k_what_if_pack);
    // alpha 6 + 1 - 2 = 5, beta 10: beta is the pick; kind=api gives alpha 8, still behind.
    const auto profile = test::profile_from(pack, "answers: {users: 950, admin: true, kind: tool}\n");
    REQUIRE(framewise::engine::top_pick(pack, profile.answers) == 1);
    const auto flips = framewise::engine::flip_points(pack, profile.answers);
    REQUIRE(flips.size() == 1);
    CHECK(pack.questions[flips[0].change.question].id == "admin");
    CHECK(flips[0].change.answer.value == 0);
    CHECK(flips[0].pick == 0);
    check_claims(pack, profile.answers);
  }

  TEST_CASE("a path may need two list items at once, counted as one change")
  {
    const auto pack = test::pack_from(k_what_if_pack);
    const auto profile = test::profile_from(pack, "answers: {users: 950, kind: api}\n");
    // alpha 10, beta 0: only redis+celery (+20) or admin plus site reach beta.
    const auto result = framewise::engine::what_if(pack, profile.answers);
    REQUIRE(result.paths.size() == 1);
    REQUIRE(result.paths[0].found);
    REQUIRE(result.paths[0].changes.size() == 1);
    CHECK(pack.questions[result.paths[0].changes[0].question].id == "stack");
    CHECK(result.paths[0].changes[0].answer.items == 3); // [redis, celery]
    check_claims(pack, profile.answers);
  }

  TEST_CASE("when no set of up to three changes does, none is claimed")
  {
    const std::string pack_text = std::string(test::k_small_pack) + R"(rules:
  - {id: alpha-always, when: {q: users, gte: 0}, effects: {alpha: 50}, reason: x, source: s}
  - {id: admin-helps-beta, when: {q: admin, eq: true}, effects: {beta: 10}, reason: x, source: s}
)";
    const auto pack = test::pack_from(pack_text);
    const auto profile = test::profile_from(pack, "answers: {users: 5}\n");
    const auto result = framewise::engine::what_if(pack, profile.answers);
    CHECK(result.flips.empty());
    REQUIRE(result.paths.size() == 1);
    CHECK_FALSE(result.paths[0].found);
    check_claims(pack, profile.answers);
  }

  TEST_CASE("a path of exactly three changes is found; one that needs four is not")
  {
    // Each of the `count` questions gives alpha 1 when false and beta 1 when
    // true. All false, beta needs more than half of them true: with 4
    // questions, 3 changes (1 to 3); with 6, 4 changes, past the limit of 3
    // the README promises ("up to three changes").
    const auto pack_of = [](int count) {
      std::string text = "frameworks:\n  - {id: alpha, name: Alpha, source: s}\n  - {id: beta, name: Beta, source: s}\n"
                         "questions:\n";
      std::string rules = "rules:\n";
      for (int i = 0; i < count; ++i) {
        text += fmt::format("  - {{id: b{}, prompt: p, help: h, type: boolean, source: s}}\n", i);
        rules += fmt::format("  - {{id: b{0}-no, when: {{q: b{0}, eq: false}}, effects: {{alpha: 1}}, reason: x, "
                             "source: s}}\n  - {{id: b{0}-yes, when: {{q: b{0}, eq: true}}, effects: {{beta: 1}}, "
                             "reason: x, source: s}}\n",
                             i);
      }
      return test::pack_from(text + rules);
    };
    const auto all_false = [](int count) {
      std::string text = "answers: {";
      for (int i = 0; i < count; ++i) {
        text += fmt::format("{}b{}: false", i == 0 ? "" : ", ", i);
      }
      return text + "}\n";
    };
    const auto four = pack_of(4);
    const auto reachable = framewise::engine::what_if(four, test::profile_from(four, all_false(4)).answers);
    CHECK(reachable.flips.empty()); // one change makes it 3 to 1
    REQUIRE(reachable.paths.size() == 1);
    CHECK(reachable.paths[0].found);
    CHECK(reachable.paths[0].changes.size() == 3);
    const auto six = pack_of(6);
    const auto out_of_reach = framewise::engine::what_if(six, test::profile_from(six, all_false(6)).answers);
    REQUIRE(out_of_reach.paths.size() == 1);
    CHECK_FALSE(out_of_reach.paths[0].found);
    CHECK(out_of_reach.paths[0].changes.empty());
    CHECK(framewise::engine::k_max_path_changes == 3);
  }

  TEST_CASE("on a pack of interacting rules with three frameworks, every path is the best the brute force finds")
  {
    // Rules that help only together, rules that hurt, and a third framework:
    // what the search's bounds must get right to skip sets soundly.
    const std::string pack_text = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
  - {id: gamma, name: Gamma, source: s}
questions:
  - {id: kind, prompt: p, help: h, type: choice, options: [api, site, tool], source: s}
  - {id: users, prompt: p, help: h, type: integer, min: 0, max: 1000, source: s}
  - {id: admin, prompt: p, help: h, type: boolean, source: s}
  - {id: stack, prompt: p, help: h, type: list, open: true, options: [redis, celery, rabbit], source: s}
  - {id: small, prompt: p, help: h, type: boolean, source: s}
rules:
  - {id: a1, when: {q: users, gt: 100}, effects: {alpha: 6, gamma: 2}, reason: x, source: s}
  - {id: a2, when: {q: users, gte: 900}, effects: {alpha: 2, beta: -1}, reason: x, source: s}
  - {id: a3, when: {q: users, lt: 10}, effects: {gamma: 5, alpha: -3}, reason: x, source: s}
  - {id: b1, when: {all: [{q: admin, eq: true}, {q: kind, eq: site}]}, effects: {beta: 15}, reason: x, source: s}
  - {id: b2, when: {q: admin, eq: true}, effects: {beta: 2, gamma: -4}, reason: x, source: s}
  - {id: b3, when: {q: kind, eq: site}, effects: {beta: -3, gamma: 3}, reason: x, source: s}
  - {id: c1, when: {q: stack, contains: [redis, celery]}, effects: {gamma: 9, alpha: -2}, reason: x, source: s}
  - {id: c2, when: {any: [{q: stack, contains: [rabbit]}, {q: small, eq: true}]}, effects: {gamma: 4, beta: 1}, reason: x, source: s}
  - {id: c3, when: {not: {q: small, eq: true}}, effects: {alpha: 3}, reason: x, source: s}
  - {id: k1, when: {q: kind, eq: api}, effects: {alpha: 4, gamma: 1}, reason: x, source: s}
)";
    const auto pack = test::pack_from(pack_text);
    ClaimCounts checked;
    for (const char* users : {"", "users: 5, ", "users: 500, ", "users: 950, "}) {
      for (const char* admin : {"", "admin: true, ", "admin: false, "}) {
        for (const char* rest : {"", "kind: api, ", "kind: site, stack: [redis], ", "kind: tool, small: true, "}) {
          const std::string text = std::string("answers: {") + users + admin + rest + "}\n";
          CAPTURE(text);
          checked += check_claims(pack, test::profile_from(pack, text).answers, true);
        }
      }
    }
    // 48 profiles, two other picks each: the claims checked must include many
    // flip points and paths (paths not found: the test below).
    CAPTURE(checked.flips);
    CAPTURE(checked.found);
    CAPTURE(checked.not_found);
    CHECK(checked.found + checked.not_found == 96);
    CHECK(checked.flips >= 48);
    CHECK(checked.found >= 48);
  }

  TEST_CASE("every claim on every example profile is true, complete and smallest")
  {
    const auto& pack = test::builtin_pack();
    std::size_t profiles = 0;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(FRAMEWISE_EXAMPLES_DIR)) {
      if (entry.is_regular_file()) { // packs/ holds example rule packs, not profiles
        paths.push_back(entry.path());
      }
    }
    std::sort(paths.begin(), paths.end());
    ClaimCounts checked;
    for (const auto& path : paths) {
      CAPTURE(path.filename().string());
      checked += check_claims(pack, test::profile_from(pack, read_file(path)).answers);
      ++profiles;
    }
    checked +=
      check_claims(pack, test::profile_from(pack, "answers: {project_kind: api, team_expertise: [flask]}\n").answers);
    CHECK(profiles >= 11);
    CAPTURE(checked.flips);
    CAPTURE(checked.found);
    CAPTURE(checked.not_found);
    CHECK(checked.found + checked.not_found == 2 * (profiles + 1)); // two other picks each
    CHECK(checked.found >= 1);
  }
}
