// report::JsonWriter must write exactly what nlohmann's dump(2) writes, since
// the JSON goldens compare bytes.
#include <framewise/report/json_writer.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

namespace {

using Json = nlohmann::ordered_json;
using framewise::report::JsonWriter;

std::string
nlohmann_text(const Json& document)
{
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string
writer_text(const Json& document)
{
  JsonWriter out;
  out.value(document);
  return out.finish();
}

} // namespace

TEST_SUITE("report::JsonWriter")
{
  TEST_CASE("a document of every kind of value comes out as nlohmann writes it")
  {
    Json document = Json::object();
    document["empty object"] = Json::object();
    document["empty array"] = Json::array();
    document["null"] = nullptr;
    document["bools"] = {true, false};
    document["integers"] = {0, -7, std::numeric_limits<std::int64_t>::min()};
    document["unsigned"] = std::numeric_limits<std::uint64_t>::max();
    document["floats"] = {75.0, 51.4, 0.1, -0.0, 0.0, 1e20, 1.5e-5, 123456789012345678.0, 1.0 / 3.0, -97.7};
    document["not finite"] = {std::nan(""), std::numeric_limits<double>::infinity()};
    document["strings"] = {"",
                           "plain",
                           "\"quoted\" and \\slashed\\",
                           "tab\there\nnew\x01\x1f\x7f",
                           "caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf",
                           "bad \xff\xfe utf-8",
                           "overlong \xc0\xaf \xe0\x80\xaf",
                           "surrogate \xed\xa0\x80",
                           "too high \xf4\x90\x80\x80",
                           "cut \xe2\x9c",
                           "cut at the end \xf0\x9f\x98",
                           "lone \x80 continuation"};
    document["nested"] = {{"a", {{"b", Json::array({Json::object(), Json::array({1})})}}}};
    document["a \"key\"\n"] = 1;
    CHECK(writer_text(document) == nlohmann_text(document));
    CHECK(writer_text(Json::array()) == "[]\n");
    CHECK(writer_text(Json(2.0)) == "2.0\n");
  }

  TEST_CASE("a character to escape is found wherever it sits in a long string")
  {
    // Plain text is scanned 8 bytes at a time: put each special character at
    // every offset of a word, and near the end.
    for (const std::string special : {"\"", "\\", "\x01", "\x1f", " ", "\x7f", "\xc3\xa9", "\xff"}) {
      for (std::size_t at = 0; at < 20; ++at) {
        const std::string text = std::string(at, 'a') + special + std::string(19 - at, 'b');
        CAPTURE(at);
        CHECK(writer_text(Json(text)) == nlohmann_text(Json(text)));
      }
    }
  }

  TEST_CASE("streamed calls nest like the document they describe")
  {
    JsonWriter out;
    out.begin_object();
    out.key("list").begin_array().integer(1).string("two").number(3.5).end_array();
    out.key("none").begin_object().end_object();
    out.key("flag").boolean(false);
    out.key("count").unsigned_integer(4);
    out.key("missing").null();
    out.end_object();
    const Json same = {
      {"list", {1, "two", 3.5}}, {"none", Json::object()}, {"flag", false}, {"count", 4U}, {"missing", nullptr}};
    CHECK(out.finish() == nlohmann_text(same));
  }
}
