#include "helpers.hpp"

#include <framewise/load/pack_blob.hpp>

using framewise::load::decode_pack;
using framewise::load::embedded_pack_bytes;
using framewise::load::encode_pack;

TEST_CASE("the pack compiled at build time equals the pack loaded from its YAML at run time")
{
  // Field by field (model's defaulted operator==), positions and texts
  // included: every report reads the same pack whichever way it was loaded.
  const auto compiled = decode_pack(embedded_pack_bytes());
  REQUIRE(compiled.has_value());
  CHECK(*compiled == test::builtin_pack());
  CHECK(compiled->rules.size() == test::builtin_pack().rules.size());
}

TEST_CASE("the scoring parts are the whole pack without its reference sections")
{
  auto expected = test::builtin_pack();
  REQUIRE_FALSE(expected.comparison.empty());
  REQUIRE_FALSE(expected.debug_guide.empty());
  REQUIRE_FALSE(expected.cheat_sheet.empty());
  REQUIRE_FALSE(expected.evidence.empty());
  expected.comparison.clear();
  expected.debug_guide.clear();
  expected.cheat_sheet.clear();
  expected.evidence.clear();
  const auto scoring = decode_pack(embedded_pack_bytes(), framewise::load::PackParts::scoring);
  REQUIRE(scoring.has_value());
  CHECK(*scoring == expected);
  // The skipped sections are read through, so a truncated pack is refused as well.
  const std::string bytes(embedded_pack_bytes());
  CHECK_FALSE(decode_pack(bytes.substr(0, bytes.size() - 9), framewise::load::PackParts::scoring).has_value());
}

TEST_CASE("a pack survives encoding and decoding unchanged")
{
  const auto pack = test::pack_from(std::string(test::k_small_pack) + R"(rules:
  - id: big-api
    when: {all: [{q: kind, eq: api}, {not: {q: users, lt: 10}}, {q: stack, contains: [redis]}]}
    effects: {alpha: 2.5, beta: -1}
    reason: r
    source: s
mistakes:
  - id: m
    severity: error
    when: {q: recommendation, eq: beta}
    title: t
    message: m
    symptom: s
    fix: f
    source: s
)");
  const auto decoded = decode_pack(encode_pack(pack));
  REQUIRE(decoded.has_value());
  CHECK(*decoded == pack);
  CHECK(decoded->rules.at(0).effects == std::vector<double>{2.5, -1});
}

TEST_CASE("the comparison sees a change in any nested field")
{
  auto changed = test::builtin_pack();
  REQUIRE_FALSE(changed.rules.empty());
  REQUIRE_FALSE(changed.rules.front().when.nodes.empty());
  changed.rules.front().when.nodes.front().pos.column += 1;
  CHECK_FALSE(changed == test::builtin_pack());
}

TEST_CASE("damaged bytes decode to nothing, never to a partial pack")
{
  const std::string bytes = encode_pack(test::pack_from(test::k_small_pack));
  CHECK(decode_pack(bytes).has_value());
  CHECK_FALSE(decode_pack("").has_value());
  CHECK_FALSE(decode_pack(bytes.substr(0, bytes.size() - 1)).has_value());
  CHECK_FALSE(decode_pack(bytes + "x").has_value());
  std::string wrong_magic = bytes;
  wrong_magic[0] = 'X';
  CHECK_FALSE(decode_pack(wrong_magic).has_value());
  // Every prefix is refused: no length can send the decoder past the end.
  for (std::size_t size = 0; size < bytes.size(); size += 7) {
    CHECK_FALSE(decode_pack(bytes.substr(0, size)).has_value());
  }
}
