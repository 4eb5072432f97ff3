// load::YamlReader on its own: the error cap (50 per file), the alias bound
// (10000 values), the typed readers' refusals and the key checks, each with
// the message a user reads.
#include <framewise/load/yaml_reader.hpp>
#include <framewise/report/diagnostic_text.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>

namespace {

namespace model = framewise::model;
using framewise::load::YamlNode;
using framewise::load::YamlReader;

// A reader over `text` with its diagnostics, parsed on construction.
struct Read
{
  explicit Read(std::string source)
      : text(std::move(source))
      , reader({"in.yaml", this->text}, model::Domain::profile, diagnostics)
      , root(reader.parse())
  {}

  std::string
  errors() const
  {
    std::string out;
    for (const auto& diagnostic : diagnostics) {
      out += framewise::report::render_diagnostic(diagnostic);
    }
    return out;
  }

  // The value under `key` of the root map.
  YamlNode
  at(const char* key) const
  {
    REQUIRE(root.has_value());
    const auto value = framewise::load::find_key(*root, key);
    REQUIRE(value.has_value());
    return *value;
  }

  std::string text;
  model::Diagnostics diagnostics;
  YamlReader reader;
  std::optional<YamlNode> root;
};

// `count` aliases of the anchor `x` in one flow list, after `anchored`.
std::string
aliases(const std::string& anchored, std::size_t count)
{
  std::string text = "a: &x " + anchored + "\nb: [";
  for (std::size_t i = 0; i < count; ++i) {
    text += "*x, ";
  }
  return text + "]\n";
}

} // namespace

TEST_SUITE("load::YamlReader")
{
  TEST_CASE("50 errors are all shown; from the 51st, one line says there are more")
  {
    for (const std::size_t count : {49U, 50U, 51U, 80U}) {
      CAPTURE(count);
      Read read("a: 1\n");
      for (std::size_t i = 0; i < count; ++i) {
        read.reader.error(read.at("a"), "bad " + std::to_string(i));
      }
      CHECK(read.reader.error_count() == count); // every error counts, shown or not
      const std::size_t shown = std::min<std::size_t>(count, 50);
      REQUIRE(read.diagnostics.size() == shown + (count > 50 ? 1 : 0));
      CHECK(read.diagnostics[shown - 1].message == "bad " + std::to_string(shown - 1));
      if (count > 50) {
        CHECK(read.diagnostics.back().message == "more than 50 errors; the rest are not shown");
        CHECK(read.diagnostics.back().hint == "fix these first");
      }
    }
  }

  TEST_CASE("aliases may stand for 10000 values; one more and the file is refused at that alias")
  {
    CHECK(Read(aliases("v", 10000)).root.has_value());
    Read past(aliases("v", 10001));
    CHECK_FALSE(past.root.has_value());
    CHECK(past.errors().starts_with("in.yaml:2:40005: profile: aliases expand this file to more than 10000 values"));
    // A collection counts itself and everything under it: [p, q] is 3 values.
    CHECK(Read(aliases("[p, q]", 3333)).root.has_value());       // 9999
    CHECK_FALSE(Read(aliases("[p, q]", 3334)).root.has_value()); // 10002
  }

  TEST_CASE("a second document, and an empty one, are refused")
  {
    Read two("a: 1\n---\nb: 2\n");
    CHECK_FALSE(two.root.has_value());
    CHECK(two.errors().find("in.yaml:3:1:") == 0);
    Read comments("# only\n");
    CHECK_FALSE(comments.root.has_value());
    CHECK(comments.errors() == "in.yaml: profile: file has no content, only comments\n");
  }

  TEST_CASE("integer: whole numbers in range of 64 bits, with the reason for each refusal")
  {
    Read read("a: 42\nb: +7\nc: -9223372036854775808\nd: 9223372036854775808\ne: \"5\"\nf: 5.0\ng: [1]\nh: 0x10\n");
    CHECK(read.reader.integer(read.at("a"), "'a'") == 42);
    CHECK(read.reader.integer(read.at("b"), "'b'") == 7);
    CHECK(read.reader.integer(read.at("c"), "'c'") == INT64_MIN);
    CHECK_FALSE(read.reader.integer(read.at("d"), "'d'").has_value());
    CHECK_FALSE(read.reader.integer(read.at("e"), "'e'").has_value());
    CHECK_FALSE(read.reader.integer(read.at("f"), "'f'").has_value());
    CHECK_FALSE(read.reader.integer(read.at("g"), "'g'").has_value());
    CHECK_FALSE(read.reader.integer(read.at("h"), "'h'").has_value());
    const std::string errors = read.errors();
    CHECK(errors.find("in.yaml:4:4: profile: 'd' is '9223372036854775808', out of range (too large a number)") !=
          std::string::npos);
    CHECK(errors.find("'e' must be a whole number, got the quoted text \"5\"") != std::string::npos);
    CHECK(errors.find("hint: numbers are written without quotes") != std::string::npos);
    CHECK(errors.find("'f' must be a whole number, got '5.0'") != std::string::npos);
    CHECK(errors.find("'g' must be a whole number, got a list") != std::string::npos);
    CHECK(errors.find("'h' must be a whole number, got '0x10'") != std::string::npos);
  }

  TEST_CASE("number: decimals accepted, words refused")
  {
    Read read("a: 1.5\nb: -3\nc: many\n");
    CHECK(read.reader.number(read.at("a"), "'a'") == 1.5);
    CHECK(read.reader.number(read.at("b"), "'b'") == -3.0);
    CHECK_FALSE(read.reader.number(read.at("c"), "'c'").has_value());
    CHECK(read.errors().find("in.yaml:3:4: profile: 'c' must be a number, got 'many'") != std::string::npos);
  }

  TEST_CASE("boolean: the documented words, quoted or not; other words refused")
  {
    Read read("a: true\nb: false\nc: \"true\"\nd: maybe\n");
    CHECK(read.reader.boolean(read.at("a"), "'a'") == true);
    CHECK(read.reader.boolean(read.at("b"), "'b'") == false);
    CHECK(read.reader.boolean(read.at("c"), "'c'") == true);
    CHECK_FALSE(read.reader.boolean(read.at("d"), "'d'").has_value());
    const std::string errors = read.errors();
    CHECK(errors.find("'d' must be true or false, got 'maybe'") != std::string::npos);
  }

  TEST_CASE("string: text only, no control characters or invalid UTF-8 once escapes are decoded")
  {
    Read read("a: plain\nb: \"esc\\e[1m\"\nc: \"\\N\"\nd: {x: 1}\ne: \"caf\\u00e9\"\n");
    CHECK(read.reader.string(read.at("a"), "'a'") == "plain");
    CHECK_FALSE(read.reader.string(read.at("b"), "'b'").has_value());
    CHECK_FALSE(read.reader.string(read.at("c"), "'c'").has_value());
    CHECK_FALSE(read.reader.string(read.at("d"), "'d'").has_value());
    CHECK(read.reader.string(read.at("e"), "'e'") == "caf\xC3\xA9");
    const std::string errors = read.errors();
    CHECK(errors.find("'b' contains a control character (U+001B)") != std::string::npos);
    CHECK(errors.find("'c' contains a control character (U+0085)") != std::string::npos);
    CHECK(errors.find("'d' must be text, got a map") != std::string::npos);
  }

  TEST_CASE("describe: nothing, a list, a map, or the quoted text cut at 40 characters")
  {
    Read read("a:\nb: [1]\nc: {x: 1}\nd: " + std::string(40, 'y') + "\ne: " + std::string(41, 'z') + "\n");
    CHECK(YamlReader::describe(read.at("a")) == "nothing");
    CHECK(YamlReader::describe(read.at("b")) == "a list");
    CHECK(YamlReader::describe(read.at("c")) == "a map");
    CHECK(YamlReader::describe(read.at("d")) == "'" + std::string(40, 'y') + "'");
    CHECK(YamlReader::describe(read.at("e")) == "'" + std::string(37, 'z') + "...'");
  }

  TEST_CASE("expect_map and expect_sequence say what they got")
  {
    Read read("a: [1]\nb: {x: 1}\n");
    CHECK(read.reader.expect_sequence(read.at("a"), "'a'"));
    CHECK_FALSE(read.reader.expect_map(read.at("a"), "'a'"));
    CHECK(read.reader.expect_map(read.at("b"), "'b'"));
    CHECK_FALSE(read.reader.expect_sequence(read.at("b"), "'b'"));
    const std::string errors = read.errors();
    CHECK(errors.find("'a' must be a map of 'key: value' lines, got a list") != std::string::npos);
    CHECK(errors.find("'b' must be a list, got a map") != std::string::npos);
  }

  TEST_CASE("check_keys: unknown (with or without a suggestion), duplicate, missing, not a name")
  {
    Read read("{name: 1, nmae: 2, zzzz: 3, name: 4, [k]: 5}\n");
    REQUIRE(read.root.has_value());
    CHECK_FALSE(read.reader.check_keys(*read.root, {"name", "id"}, {"name", "id"}, "item 'x'"));
    const std::string errors = read.errors();
    CHECK(errors.find("unknown key 'nmae' in item 'x'") != std::string::npos);
    CHECK(errors.find("hint: did you mean 'name'?") != std::string::npos);
    CHECK(errors.find("unknown key 'zzzz' in item 'x'") != std::string::npos);
    CHECK(errors.find("hint: expected one of: name, id") != std::string::npos);
    CHECK(errors.find("duplicate key 'name' in item 'x'") != std::string::npos);
    CHECK(errors.find("a key of item 'x' is a list, expected a name") != std::string::npos);
    CHECK(errors.find("item 'x' is missing 'id'") != std::string::npos);
    CHECK(errors.find("is missing 'name'") == std::string::npos);
    Read good("{name: 1, id: 2}\n");
    CHECK(good.reader.check_keys(*good.root, {"name", "id"}, {"name"}, "item"));
    CHECK(good.diagnostics.empty());
  }
}
