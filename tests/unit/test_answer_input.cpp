#include "helpers.hpp"

#include <framewise/load/answer_input.hpp>
#include <framewise/model/boolean_words.hpp>

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
    CHECK(error_of("needs_admin", "maybe") ==
          "answer y or n (true, yes, y or on for yes; false, no, n or off for no (any case))");
  }

  TEST_CASE("the prompt takes the profile's boolean words, on and off included")
  {
    // The same set as a profile (model/boolean_words.hpp), checked word by word.
    for (const auto word : framewise::model::k_true_words) {
      CHECK(answer_of("needs_admin", std::string(word)).value == 1);
    }
    for (const auto word : framewise::model::k_false_words) {
      CHECK(answer_of("needs_admin", std::string(word)).value == 0);
    }
    CHECK(answer_of("needs_admin", "On").value == 1);
    CHECK(answer_of("needs_admin", "OFF").value == 0);
    CHECK(error_of("needs_admin", "o") != "ok");
    CHECK(error_of("needs_admin", "yess") != "ok");
  }

  TEST_CASE("an option by an unambiguous prefix of its id, or by a word of its label")
  {
    // project_kind: api, web_app ("CRUD / CMS / back-office web site"),
    // microservice, prototype, ml_service ("CPU-heavy inference or processing service").
    CHECK(answer_of("project_kind", "web").value == 1);   // prefix of web_app, and a label word
    CHECK(answer_of("project_kind", "cms").value == 1);   // a label word
    CHECK(answer_of("project_kind", "CRUD").value == 1);  // a label word, any case
    CHECK(answer_of("project_kind", "micro").value == 2); // prefix
    CHECK(answer_of("project_kind", "proto").value == 3); // prefix
    CHECK(answer_of("project_kind", "API").value == 0);   // an id, any case
    CHECK(answer_of("project_kind", "inference").value == 4);
    // "m" starts microservice and ml_service: ambiguous, and said so.
    CHECK(error_of("project_kind", "m") == "'m' could be microservice or ml_service; type more of the name");
    CHECK(error_of("project_kind", "site2") != "ok");
    // In a list too: prefixes of team_expertise's ids.
    CHECK(answer_of("team_expertise", "fast, djan").items == 0b101U);
  }

  TEST_CASE("an open list takes only whole ids as options: other text is an item of its own")
  {
    const auto parsed = framewise::load::parse_typed_answer(question("extras"), "red");
    REQUIRE(std::holds_alternative<framewise::load::TypedAnswer>(parsed));
    const auto& typed = std::get<framewise::load::TypedAnswer>(parsed);
    CHECK(typed.answer.items == 0U);
    REQUIRE(typed.other_items.size() == 1);
    CHECK(typed.other_items.front() == "red");
  }

  TEST_CASE("a percentage may be typed with %")
  {
    CHECK(answer_of("io_wait_percent", "60%").value == 60);
    CHECK(answer_of("io_wait_percent", "60 %").value == 60);
    CHECK(answer_of("io_wait_percent", "100%").value == 100);
    CHECK(error_of("io_wait_percent", "101%") == "101 is out of range; type a whole number from 0 to 100");
    CHECK(error_of("team_size", "5%") == "type a whole number from 1 to 100000"); // not a percentage
  }

  TEST_CASE("one sign at most, and numbers too large for 64 bits are out of range")
  {
    CHECK(answer_of("team_size", "+5").value == 5);
    CHECK(error_of("team_size", "+-5") == "type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "+-0") == "type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "--5") == "type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "99999999999999999999") ==
          "99999999999999999999 is out of range; type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "-99999999999999999999") ==
          "-99999999999999999999 is out of range; type a whole number from 1 to 100000");
    CHECK(error_of("team_size", std::string(40, '9')) ==
          "999999999999999999999... is out of range; type a whole number from 1 to 100000");
  }

  TEST_CASE("free-form items are limited in characters, not bytes")
  {
    std::string e64;
    for (int i = 0; i < 64; ++i) {
      e64 += "\xC3\xA9"; // é, two bytes
    }
    CHECK(error_of("extras", e64) == "ok");
    CHECK(error_of("extras", e64 + "\xC3\xA9") != "ok");
    CHECK(error_of("extras", std::string(64, 'x')) == "ok");
    CHECK(error_of("extras", std::string(65, 'x')) != "ok");
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

  TEST_CASE("'none' is the empty list, never a free item (found by fuzz_answer_input)")
  {
    CHECK(answer_of("extras", "none,").item_count == 0);
    CHECK(answer_of("extras", " NONE , ").item_count == 0);
    CHECK(error_of("extras", "redis, none") == "'none' means no items; type it alone");
  }

  // Hostile or mistyped input at the prompt: each is refused with a message
  // saying what to type, never taken as an answer.
  TEST_CASE("bad typed answers are refused with what to type instead")
  {
    CHECK(error_of("needs_admin", "") ==
          "answer y or n (true, yes, y or on for yes; false, no, n or off for no (any case))");
    CHECK(error_of("needs_admin", "yess") ==
          "answer y or n (true, yes, y or on for yes; false, no, n or off for no (any case))");
    CHECK(error_of("needs_admin", "1") ==
          "answer y or n (true, yes, y or on for yes; false, no, n or off for no (any case))");
    CHECK(error_of("team_size", "") == "type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "0") == "0 is out of range; type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "-5") == "-5 is out of range; type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "99999999999999999999") ==
          "99999999999999999999 is out of range; type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "0x10") == "type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "1e3") == "type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "++3") == "type a whole number from 1 to 100000");
    CHECK(error_of("team_size", "3 4") == "type a whole number from 1 to 100000");
    CHECK(error_of("project_kind", "0") == "0 is not one of the numbers 1 to 5");
    CHECK(error_of("project_kind", "-1") == "-1 is not one of the numbers 1 to 5");
    CHECK(error_of("project_kind", "") == "'' is not an option; type a number from 1 to 5 or a name");
    CHECK(error_of("project_kind", "api, cli") == "'api, cli' is not an option; type a number from 1 to 5 or a name");
    CHECK(error_of("team_expertise", "") == "type one or more options separated by commas, or 'none'");
    CHECK(error_of("team_expertise", ",,,") == "type one or more options separated by commas, or 'none'");
    CHECK(error_of("team_expertise", "1, 9") == "9 is not one of the numbers 1 to 3");
    CHECK(error_of("extras", "redis, 99") == "99 is not one of the numbers 1 to 6");
    CHECK(error_of("extras", std::string(65, 'x')).find("is not an option") != std::string::npos);
    CHECK(error_of("extras", "bell\a") == "the answer contains a control character (U+0007)");
    CHECK(error_of("extras", "back\bspace") == "the answer contains a control character (U+0008)");
    CHECK(error_of("extras", "csi\xc2\x9b"
                             "31m") == "the answer contains a control character (U+009B)");
    CHECK(error_of("extras", "osc\x1b]52;c;aGk=\x07") == "the answer contains a control character (U+001B)");
    CHECK(error_of("extras", "cr\rhidden") == "the answer contains a control character (U+000D)");
  }
}
