#include <framewise/load/spellcheck.hpp>

#include <doctest/doctest.h>

TEST_SUITE("load::closest_match")
{
  TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps")
  {
    CHECK(framewise::load::edit_distance("answers", "answers") == 0);
    CHECK(framewise::load::edit_distance("anwsers", "answers") == 1);
    CHECK(framewise::load::edit_distance("answer", "answers") == 1);
    CHECK(framewise::load::edit_distance("", "abc") == 3);
  }

  TEST_CASE("suggests only close candidates")
  {
    const std::vector<std::string> ids = {"concurrent_users", "team_size", "io_wait_percent"};
    CHECK(framewise::load::closest_match("concurent_users", ids) == "concurrent_users");
    CHECK(framewise::load::closest_match("team_sise", ids) == "team_size");
    CHECK(framewise::load::closest_match("banana", ids).empty());
  }
}
