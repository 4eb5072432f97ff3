#include "helpers.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/explain.hpp>
#include <framewise/report/markdown_toolkit.hpp>
#include <framewise/report/recommend/wording.hpp>

namespace {

const std::string k_format_pack = std::string(test::k_small_pack) + R"(rules:
  - {id: many-users, when: {q: users, gt: 100}, effects: {alpha: 6}, reason: x, source: s}
  - {id: is-api, when: {q: kind, eq: api}, effects: {alpha: 3}, reason: x, source: s}
  - {id: has-redis, when: {q: stack, contains: [redis]}, effects: {beta: 2}, reason: x, source: s}
  - {id: stack-unknown, when: {q: stack, answered: false}, effects: {beta: 1}, reason: x, source: s}
  - {id: admin, when: {q: admin, eq: true}, effects: {beta: 4}, reason: x, source: s}
)";

// The text of each deciding comparison of rule `rule`, joined by "; ".
std::string
deciding_text(const framewise::model::RulePack& pack, const std::string& answers, std::uint32_t rule)
{
  const auto profile = test::profile_from(pack, answers);
  const auto result = framewise::engine::evaluate(pack, profile.answers);
  const auto explanation = framewise::engine::explain(pack, profile.answers);
  const framewise::report::RecommendationView view{pack, profile, result};
  std::string out;
  for (const auto& comparison : explanation.rules[rule].deciding) {
    out += (out.empty() ? "" : "; ") + framewise::report::comparison_text(view, rule, comparison);
  }
  return out;
}

} // namespace

TEST_SUITE("report::comparison_text")
{
  TEST_CASE("a number shows the threshold it crossed, or did not")
  {
    const auto pack = test::pack_from(k_format_pack);
    CHECK(deciding_text(pack, "answers: {users: 500}\n", 0) == "users=500 (> 100)");
    CHECK(deciding_text(pack, "answers: {users: 50}\n", 0) == "users=50 (not > 100)");
    CHECK(deciding_text(pack, "answers: {}\n", 0) == "users unanswered (> 100)");
  }

  TEST_CASE("a choice that holds says only the answer; lists and presence say what they test")
  {
    const auto pack = test::pack_from(k_format_pack);
    CHECK(deciding_text(pack, "answers: {kind: api}\n", 1) == "kind=api");
    CHECK(deciding_text(pack, "answers: {kind: site}\n", 1) == "kind=site (not = api)");
    CHECK(deciding_text(pack, "answers: {stack: [celery]}\n", 2) == "stack=[celery] (not contains [redis])");
    CHECK(deciding_text(pack, "answers: {}\n", 3) == "stack unanswered");
    CHECK(deciding_text(pack, "answers: {admin: true}\n", 4) == "admin=true");
  }
}

TEST_SUITE("report::markdown_escape")
{
  TEST_CASE("markup characters are escaped and a code span cannot be closed early")
  {
    CHECK(framewise::report::markdown_escape("a_b *c* [d](e) <f> | #g") == "a\\_b \\*c\\* \\[d\\](e) \\<f\\> \\| \\#g");
    CHECK(framewise::report::markdown_code("x`y") == "`x'y`");
  }
}
