#include <framewise/load/yaml_tree.hpp>

#include <doctest/doctest.h>
#include <yaml-cpp/exceptions.h>

#include <string>

using framewise::load::parse_yaml;
using framewise::load::YamlDocument;
using framewise::load::YamlNode;

namespace {

// The problem parse_yaml stops at, as "kind@offset", or "none".
std::string
problem_in(const std::string& text)
{
  YamlDocument document;
  const auto problem = parse_yaml(text, document);
  if (!problem) {
    return "none";
  }
  const char* const kinds[] = {"stuck", "second_document", "alias_expansion", "alias_cycle"};
  return std::string(kinds[static_cast<int>(problem->kind)]) + "@" + std::to_string(problem->offset);
}

} // namespace

TEST_SUITE("yaml tree")
{
  TEST_CASE("maps, lists and scalars keep their file positions")
  {
    YamlDocument document;
    REQUIRE_FALSE(parse_yaml("name: shop\nanswers:\n  team_size: 4\n  integrations: [stripe, s3]\n", document));
    const YamlNode root = document.root();
    REQUIRE(root.is_map());
    REQUIRE(root.size() == 2);
    CHECK(root.line() == 1);
    CHECK(root.column() == 1);
    const auto answers = root.entries()[1];
    CHECK(answers.key.scalar() == "answers");
    REQUIRE(answers.value.is_map());
    const auto list = answers.value.entries()[1].value;
    REQUIRE(list.is_sequence());
    REQUIRE(list.items().size() == 2);
    CHECK(list.items()[1].scalar() == "s3");
    CHECK(list.items()[1].line() == 4);
    CHECK(list.items()[1].column() == 26);
  }

  TEST_CASE("plain scalars are told from quoted and tagged ones")
  {
    YamlDocument document;
    REQUIRE_FALSE(parse_yaml("[2000, \"2000\", '2000', !!int 2000]", document));
    const auto items = document.root().items();
    REQUIRE(items.size() == 4);
    CHECK(items[0].is_plain());
    CHECK_FALSE(items[1].is_plain());
    CHECK_FALSE(items[2].is_plain());
    CHECK_FALSE(items[3].is_plain());
    for (const YamlNode item : items) {
      CHECK(item.scalar() == "2000");
    }
  }

  TEST_CASE("null values, missing values and non-scalars read as empty text")
  {
    YamlDocument document;
    REQUIRE_FALSE(parse_yaml("a:\nb: ~\nc: null\nd: [x]\n", document));
    const auto entries = document.root().entries();
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].value.is_null());
    CHECK(entries[1].value.is_null());
    CHECK(entries[2].value.is_null());
    CHECK(entries[3].value.scalar().empty());
    const YamlNode missing;
    CHECK_FALSE(missing.exists());
    CHECK(missing.is_null());
    CHECK(missing.size() == 0);
    CHECK(missing.line() == 0);
  }

  TEST_CASE("a duplicate key stays as a second entry, so a loader can report it")
  {
    YamlDocument document;
    REQUIRE_FALSE(parse_yaml("a: 1\na: 2\n", document));
    const auto entries = document.root().entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].value.scalar() == "1");
    CHECK(entries[1].value.scalar() == "2");
  }

  TEST_CASE("an alias is its anchored node, with the anchor's position")
  {
    YamlDocument document;
    REQUIRE_FALSE(parse_yaml("base: &b [x, y]\ncopy: *b\n", document));
    const auto entries = document.root().entries();
    REQUIRE(entries[1].value.is_sequence());
    CHECK(entries[1].value.items().size() == 2);
    CHECK(entries[1].value.line() == 1);
  }

  TEST_CASE("aliases that expand past the bound stop the parse at the alias that crosses it")
  {
    // Each level lists the one before ten times: 11, 111, 1111, 11111 values.
    std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char level = 'b'; level <= 'e'; ++level) {
      const char before = static_cast<char>(level - 1);
      text += std::string(1, level) + ": &" + level + " [";
      for (int i = 0; i < 10; ++i) {
        text += std::string(i ? ", *" : "*") + before;
      }
      text += "]\n";
    }
    // 110 + 1110 values by the end of line c; line d's eighth alias crosses 10000.
    const std::size_t eighth_alias_of_d = text.find("*c", text.find("d: ")) + 7 * 4;
    CHECK(problem_in(text) == "alias_expansion@" + std::to_string(eighth_alias_of_d));
  }

  TEST_CASE("an alias inside its own anchored node is a cycle")
  {
    CHECK(problem_in("a: &a [x, *a]\n") == "alias_cycle@10");
  }

  TEST_CASE("a second document is refused where its first node starts")
  {
    CHECK(problem_in("a: 1\n---\nb: 2\n") == "second_document@9");
  }

  TEST_CASE("a stray ',' at the top level is a problem, not an endless loop") { CHECK(problem_in(",\n") == "stuck@0"); }

  TEST_CASE("malformed YAML throws yaml-cpp's exception with its position")
  {
    YamlDocument document;
    CHECK_THROWS_AS(parse_yaml("a: [1, 2\n", document), YAML::Exception);
  }
}
