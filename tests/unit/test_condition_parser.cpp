// load::compile_condition on its own: the shapes it compiles to, every error
// of the condition language, and its two limits (256 parts, 16 levels) exactly
// at and one past the bound.
#include "helpers.hpp"

#include <framewise/load/condition_parser.hpp>
#include <framewise/load/yaml_reader.hpp>

#include <optional>
#include <string>

namespace {

namespace model = framewise::model;
using framewise::load::RecommendationAccess;
using model::Op;

struct Compiled
{
  std::optional<model::Condition> condition;
  std::string errors; // rendered diagnostics, joined
};

// Compiles the YAML `when` against test::k_small_pack (kind: choice of api,
// site, tool; users: integer 0-1000; admin: boolean; stack: open list of
// redis, celery).
Compiled
compile(const std::string& when, RecommendationAccess access = RecommendationAccess::forbidden)
{
  static const auto pack = test::pack_from(test::k_small_pack);
  model::Diagnostics diagnostics;
  framewise::load::YamlReader reader({"when.yaml", when}, model::Domain::rules, diagnostics);
  Compiled out;
  if (const auto node = reader.parse()) {
    out.condition = framewise::load::compile_condition(reader, *node, pack, access);
  }
  for (const auto& diagnostic : diagnostics) {
    out.errors += framewise::report::render_diagnostic(diagnostic);
  }
  CHECK(out.condition.has_value() == out.errors.empty());
  return out;
}

bool
has_error(const std::string& when, const std::string& message,
          RecommendationAccess access = RecommendationAccess::forbidden)
{
  const Compiled compiled = compile(when, access);
  INFO(compiled.errors);
  return !compiled.condition && compiled.errors.find(message) != std::string::npos;
}

// `count` comparisons joined in an any: list.
std::string
any_of(std::size_t count)
{
  std::string when = "{any: [";
  for (std::size_t i = 0; i < count; ++i) {
    when += i == 0 ? "" : ", ";
    when += "{q: users, eq: " + std::to_string(i % 1000) + "}";
  }
  return when + "]}";
}

// A comparison wrapped in `levels` not: maps.
std::string
nested_nots(std::size_t levels)
{
  std::string when;
  for (std::size_t i = 0; i < levels; ++i) {
    when += "{not: ";
  }
  when += "{q: admin, eq: true}";
  return when + std::string(levels, '}');
}

} // namespace

TEST_SUITE("load::compile_condition")
{
  TEST_CASE("groups compile to a pre-order array whose subtree sizes skip children")
  {
    const auto compiled =
      compile("{all: [{q: admin, eq: true}, {not: {q: users, gt: 5}}, {any: [{q: kind, eq: site}]}]}");
    REQUIRE(compiled.condition.has_value());
    const auto& nodes = compiled.condition->nodes;
    REQUIRE(nodes.size() == 6);
    CHECK(nodes[0].op == Op::all);
    CHECK(nodes[0].subtree_size == 6);
    CHECK(nodes[1].op == Op::eq);
    CHECK(nodes[1].subtree_size == 1);
    CHECK(nodes[1].number == 1);
    CHECK(nodes[2].op == Op::not_);
    CHECK(nodes[2].subtree_size == 2);
    CHECK(nodes[3].op == Op::gt);
    CHECK(nodes[3].number == 5);
    CHECK(nodes[4].op == Op::any);
    CHECK(nodes[4].subtree_size == 2);
    CHECK(nodes[5].op == Op::eq);
    CHECK(nodes[5].number == 1); // site is option 1 of kind
    CHECK(nodes[1].pos.line == 1);
    CHECK(nodes[1].pos.column == 19); // at the operator
  }

  TEST_CASE("256 parts compile; 257 are refused once, with a hint")
  {
    const auto at_limit = compile(any_of(255)); // the any: node and 255 comparisons
    REQUIRE(at_limit.condition.has_value());
    CHECK(at_limit.condition->nodes.size() == framewise::load::k_max_condition_nodes);
    const auto past = compile(any_of(256));
    CHECK_FALSE(past.condition.has_value());
    CHECK(past.errors.find("condition has more than 256 parts") != std::string::npos);
    CHECK(past.errors.find("hint: split the rule into several rules") != std::string::npos);
    const auto far_past = compile(any_of(400));
    std::size_t reports = 0;
    for (std::size_t at = far_past.errors.find("more than 256 parts"); at != std::string::npos;
         at = far_past.errors.find("more than 256 parts", at + 1)) {
      ++reports;
    }
    CHECK(reports == 1);
  }

  TEST_CASE("16 levels of nesting compile; 17 are refused")
  {
    const auto at_limit = compile(nested_nots(16));
    REQUIRE(at_limit.condition.has_value());
    CHECK(at_limit.condition->nodes.size() == 17);
    CHECK(has_error(nested_nots(17), "condition is nested deeper than 16 levels"));
    // Groups count as levels too.
    std::string groups;
    for (int i = 0; i < 17; ++i) {
      groups += "{all: [";
    }
    groups += "{q: admin, eq: true}";
    for (int i = 0; i < 17; ++i) {
      groups += "]}";
    }
    CHECK(has_error(groups, "condition is nested deeper than 16 levels"));
  }

  TEST_CASE("the shape of a condition: a map with one of all, any, not, q")
  {
    CHECK(has_error("[a]", "a condition must be a map, got a list"));
    CHECK(has_error("{}", "a condition must be a map"));
    CHECK(has_error("{all: [{q: admin, eq: true}], any: [{q: admin, eq: true}]}",
                    "a condition holds one of all:, any:, not: or q:"));
    CHECK(has_error("{alll: []}", "unknown condition 'alll'"));
    CHECK(compile("{alll: []}").errors.find("hint: did you mean 'all'?") != std::string::npos);
    CHECK(compile("{zzzz: 1}").errors.find("hint: expected all:, any:, not: or q:") != std::string::npos);
    CHECK(has_error("{all: []}", "'all' takes a non-empty list of conditions, got a list"));
    CHECK(has_error("{any: x}", "'any' takes a non-empty list of conditions"));
    CHECK(has_error("{q: admin}", "comparison has no operator"));
    CHECK(has_error("{q: users, gt: 1, lt: 5}", "comparison has more than one operator"));
    CHECK(has_error("{q: users, gtt: 1}", "unknown operator 'gtt'"));
    CHECK(compile("{q: users, gtt: 1}").errors.find("did you mean 'gt'?") != std::string::npos);
    CHECK(has_error("{q: userz, gt: 1}", "unknown question 'userz'"));
    CHECK(compile("{q: userz, gt: 1}").errors.find("did you mean 'users'?") != std::string::npos);
  }

  TEST_CASE("each operator fits only its question types")
  {
    CHECK(has_error("{q: admin, lt: true}", "operator 'lt' does not apply to boolean question 'admin'"));
    CHECK(compile("{q: admin, gt: true}").errors.find("hint: use eq or ne with true or false") != std::string::npos);
    CHECK(has_error("{q: users, in: [1]}", "operator 'in' does not apply to integer question 'users'"));
    CHECK(has_error("{q: users, contains: [1]}", "operator 'contains' does not apply to integer question"));
    CHECK(has_error("{q: kind, contains: [api]}", "operator 'contains' does not apply to choice question 'kind'"));
    CHECK(has_error("{q: kind, gt: api}", "operator 'gt' does not apply to choice question"));
    CHECK(has_error("{q: stack, in: [redis]}", "operator 'in' does not apply to list question 'stack'"));
    CHECK(has_error("{q: stack, gte: 1}", "operator 'gte' does not apply to list question"));
    for (const char* op : {"eq", "ne", "lt", "lte", "gt", "gte"}) {
      CAPTURE(op);
      CHECK(compile(std::string("{q: users, ") + op + ": 7}").condition.has_value());
    }
  }

  TEST_CASE("integers: the question's range, both ends included")
  {
    CHECK(compile("{q: users, gte: 0}").condition.has_value());
    CHECK(compile("{q: users, lte: 1000}").condition.has_value());
    CHECK(has_error("{q: users, gte: -1}", "-1 is outside the range of 'users' (0 to 1000)"));
    CHECK(has_error("{q: users, lte: 1001}", "1001 is outside the range of 'users' (0 to 1000)"));
    CHECK(has_error("{q: users, eq: many}", "the value of 'eq'"));
  }

  TEST_CASE("choices and lists: options become indices and masks")
  {
    const auto in = compile("{q: kind, in: [api, tool]}");
    REQUIRE(in.condition.has_value());
    CHECK(in.condition->nodes[0].mask == 0b101);
    const auto contains = compile("{q: stack, contains: celery}");
    REQUIRE(contains.condition.has_value());
    CHECK(contains.condition->nodes[0].mask == 0b10);
    const auto contains_both = compile("{q: stack, contains: [redis, celery]}");
    REQUIRE(contains_both.condition.has_value());
    CHECK(contains_both.condition->nodes[0].mask == 0b11);
    const auto set_eq = compile("{q: stack, eq: []}");
    REQUIRE(set_eq.condition.has_value());
    CHECK(set_eq.condition->nodes[0].op == Op::set_eq);
    CHECK(set_eq.condition->nodes[0].mask == 0);
    const auto set_ne = compile("{q: stack, ne: [redis]}");
    REQUIRE(set_ne.condition.has_value());
    CHECK(set_ne.condition->nodes[0].op == Op::set_ne);
    CHECK(has_error("{q: stack, eq: redis}", "the value of 'eq'"));
    CHECK(has_error("{q: stack, contains: []}", "'contains' takes a list of options of 'stack', got a list"));
    CHECK(has_error("{q: kind, in: []}", "'in' takes a list of options of 'kind'"));
    CHECK(has_error("{q: kind, eq: sitee}", "'sitee' is not an option of 'kind'"));
    CHECK(compile("{q: kind, eq: sitee}").errors.find("did you mean 'site'?") != std::string::npos);
    CHECK(compile("{q: kind, eq: zzzzzz}").errors.find("expected one of: api, site, tool") != std::string::npos);
    CHECK(has_error("{q: kind, in: [api, zzzzzz]}", "'zzzzzz' is not an option of 'kind'"));
  }

  TEST_CASE("answered: true and false, never on the recommendation")
  {
    const auto answered = compile("{q: users, answered: true}");
    REQUIRE(answered.condition.has_value());
    CHECK(answered.condition->nodes[0].op == Op::answered);
    const auto unanswered = compile("{q: users, answered: false}");
    REQUIRE(unanswered.condition.has_value());
    CHECK(unanswered.condition->nodes[0].op == Op::unanswered);
    CHECK(has_error("{q: users, answered: maybe}", "the value of 'answered'"));
    CHECK(has_error("{q: recommendation, answered: true}", "'recommendation' is always answered",
                    RecommendationAccess::allowed));
  }

  TEST_CASE("the recommendation: only where allowed, as a choice among the frameworks")
  {
    CHECK(has_error("{q: recommendation, eq: alpha}", "a scoring rule cannot read 'recommendation'"));
    const auto allowed = compile("{q: recommendation, eq: beta}", RecommendationAccess::allowed);
    REQUIRE(allowed.condition.has_value());
    CHECK(allowed.condition->nodes[0].subject == model::k_subject_recommendation);
    CHECK(allowed.condition->nodes[0].number == 1);
    CHECK(has_error("{q: recommendation, eq: gamma}", "'gamma' is not an option of 'recommendation'",
                    RecommendationAccess::allowed));
  }
}
