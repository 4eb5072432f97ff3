// scan::toml_hazard: the places toml++ 3.3 would reach undefined behaviour on.
#include "helpers.hpp"

#include <framewise/scan/toml_guard.hpp>

using framewise::scan::toml_hazard;

namespace {

// "LINE:COLUMN" of the hazard, or "" for none.
std::string
where(std::string_view text)
{
  const auto hazard = toml_hazard(text);
  return hazard ? std::to_string(hazard->line) + ":" + std::to_string(hazard->column) : std::string();
}

} // namespace

TEST_SUITE("scan::toml_hazard")
{
  TEST_CASE("non-ASCII text in strings, literal strings, quoted keys and comments is safe")
  {
    CHECK(where("[project]\nname = \"café\"  # résumé\ndescription = 'naïve'\n\"clé\" = 1\n") == "");
    CHECK(where("a = '''\nété \\\n  été'''\n") == "");              // literal: no escapes, no trimming
    CHECK(where("a = \"\"\"\nline \\\n   text été\"\"\"\n") == ""); // the continuation starts with ASCII
    CHECK(where("\xEF\xBB\xBFname = \"x\"\n") == "");               // a byte-order mark
    CHECK(where("a = \"\\\"é\"\n") == "");                          // an escaped quote does not end the string
  }

  TEST_CASE("a non-ASCII character outside strings and comments is refused at its position")
  {
    CHECK(where("[tool\xD2\x8Doetry]\n") == "1:6");
    CHECK(where("name = \"x\"\nversion = 1é\n") == "2:12");
    CHECK(where("a = \"é\" é\n") == "1:9"); // after a string
    CHECK(where("a = 1 # é\nb = ü\n") == "2:5");
    REQUIRE(toml_hazard("ké = 1").has_value());
    CHECK(toml_hazard("ké = 1")->message.find("outside a string or comment") != std::string::npos);
  }

  TEST_CASE(
    "in a multi-line basic string: a backslash before a non-ASCII character, and a continuation that starts with one")
  {
    CHECK(where("a = \"\"\"x\\é\"\"\"\n") == "1:10");
    CHECK(where("a = \"\"\"\nline \\\n   été\"\"\"\n") == "3:4");
    CHECK(where("a = \"\"\"\nline \\\n\n\t\u3001\"\"\"\n") == "4:2");
    CHECK(where("a = \"\"\"\nline \\\n\u3000x\"\"\"\n") == ""); // U+3000 toml++ names before the switch
    CHECK(where("a = \"\"\"\nline \\\n\u0500x\"\"\"\n") == ""); // past the first bucket
    REQUIRE(toml_hazard("a = \"\"\"\\\n é\"\"\"").has_value());
    CHECK(toml_hazard("a = \"\"\"\\\n é\"\"\"")->message.find("cannot be read safely") != std::string::npos);
  }

  TEST_CASE("strings end where TOML ends them: extra closing quotes, an unclosed string at its line's end")
  {
    CHECK(where("a = \"\"\"x\"\"\"\"\"\nb = é\n") == "2:5"); // five quotes: two belong to the string
    CHECK(where("a = \"open\nb = é\n") == "2:5");            // toml++ reports the unclosed string itself
  }
}
