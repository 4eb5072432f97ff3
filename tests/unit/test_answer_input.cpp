#include "helpers.hpp"

#include <framewise/load/answer_input.hpp>

namespace {

const framewise::model::Question&
question(const char* id)
{
  const auto& pack = test::builtin_pack();
  return pack.questions[static_cast<std::size_t>(pack.question_index(id))];
}

std::string
error_of(const char* id, std::string_view text)
{
  const auto parsed = framewise::load::parse_typed_answer(question(id), text);
  const auto* error = std::get_if<std::string>(&parsed);
  return error ? *error : std::string("ok");
}

framewise::model::Answer
answer_of(const char* id, std::string_view text)
{
  const auto parsed = framewise::load::parse_typed_answer(question(id), text);
  REQUIRE(std::holds_alternative<framewise::load::TypedAnswer>(parsed));
  return std::get<framewise::load::TypedAnswer>(parsed).answer;
}

} // namespace

TEST_SUITE("load::parse_typed_answer")
{
  TEST_CASE("booleans accept y/n/yes/no/true/false in any case")
  {
    CHECK(answer_of("needs_admin", "Y").value == 1);
    CHECK(answer_of("needs_admin", " no ").value == 0);
    CHECK(answer_of("needs_admin", "TRUE").value == 1);
    CHECK(error_of("needs_admin", "maybe") == "answer y or n");
  }

  TEST_CASE("choices accept the listed number or the option's id")
  {
    CHECK(answer_of("project_kind", "2").value == 1);
    CHECK(answer_of("project_kind", "Web_App").value == 1);
    CHECK(error_of("project_kind", "6") == "6 is not one of the numbers 1 to 5");
    CHECK(error_of("project_kind", "apii") == "'apii' is not an option; did you mean 'api'?");
  }

  TEST_CASE("integers must be whole numbers in range")
  {
    CHECK(answer_of("io_wait_percent", "30").value == 30);
    CHECK(error_of("io_wait_percent", "101") == "101 is out of range; type a whole number from 0 to 100");
    CHECK(error_of("team_size", "two") == "type a whole number from 1 to 100000");
  }

  TEST_CASE("lists take comma-separated numbers or ids, 'none', and free items on open lists")
  {
    const auto both = answer_of("team_expertise", "1, django");
    CHECK(both.items == 0b101);
    CHECK(both.item_count == 2);
    CHECK(answer_of("team_expertise", "none").item_count == 0);
    CHECK(error_of("team_expertise", "rails") == "'rails' is not an option; type a number from 1 to 3 or a name");
    const auto parsed = framewise::load::parse_typed_answer(question("extras"), "redis, sentry");
    const auto& typed = std::get<framewise::load::TypedAnswer>(parsed);
    CHECK(typed.other_items == std::vector<std::string>{"sentry"});
    CHECK(typed.answer.item_count == 2);
  }

  TEST_CASE("control characters are refused")
  {
    CHECK(error_of("extras", "a\x1b[31m") == "the answer contains a control character (U+001B)");
  }
}
