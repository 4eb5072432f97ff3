// `disable: [ID, ...]` in a layer: removes a rule or mistake of a lower
// layer; an id no lower layer has, or one the same layer defines, is an error.
#include "helpers.hpp"

namespace {

const std::string k_base = std::string(test::k_small_pack) + R"(rules:
  - {id: api-alpha, when: {q: kind, eq: api}, effects: {alpha: 5}, reason: r, source: s}
  - {id: admin-beta, when: {q: admin, eq: true}, effects: {beta: 5}, reason: r, source: s}
mistakes:
  - {id: crowded, severity: info, when: {q: users, gt: 500}, title: t, message: m, fix: f, source: s}
)";

struct Loaded
{
  std::optional<framewise::model::RulePack> pack;
  std::string errors;
};

Loaded
layered(const std::vector<std::string>& upper)
{
  std::vector<framewise::load::PackLayer> layers{{{{"base/pack.yaml", k_base}}}};
  std::vector<std::string> names;
  for (std::size_t i = 0; i < upper.size(); ++i) {
    names.push_back("layer" + std::to_string(i + 1) + "/pack.yaml");
  }
  for (std::size_t i = 0; i < upper.size(); ++i) {
    layers.push_back(framewise::load::PackLayer{{{names[i], upper[i]}}});
  }
  framewise::model::Diagnostics diagnostics;
  Loaded out;
  out.pack = framewise::load::load_pack(layers, diagnostics);
  for (const auto& diagnostic : diagnostics) {
    out.errors += framewise::report::render_diagnostic(diagnostic);
  }
  return out;
}

std::vector<std::string>
ids_of(const framewise::model::RulePack& pack)
{
  std::vector<std::string> ids;
  for (const auto& rule : pack.rules) {
    ids.push_back(rule.id);
  }
  for (const auto& mistake : pack.mistakes) {
    ids.push_back(mistake.id);
  }
  return ids;
}

} // namespace

TEST_SUITE("load_pack: disable")
{
  TEST_CASE("a layer disables rules and mistakes of the layers below")
  {
    const auto loaded = layered({"disable: [api-alpha, crowded]\n"});
    REQUIRE(loaded.pack);
    CHECK(ids_of(*loaded.pack) == std::vector<std::string>{"admin-beta"});
  }

  TEST_CASE("a higher layer may add a disabled id again")
  {
    const auto loaded =
      layered({"disable: [api-alpha]\n",
               "rules:\n  - {id: api-alpha, when: {q: kind, eq: site}, effects: {beta: 1}, reason: r, "
               "source: s}\n"});
    REQUIRE(loaded.pack);
    CHECK(ids_of(*loaded.pack) == std::vector<std::string>{"admin-beta", "api-alpha", "crowded"});
  }

  TEST_CASE("an id no lower layer has is an error with a suggestion")
  {
    const auto loaded = layered({"disable: [api-alfa]\n"});
    CHECK_FALSE(loaded.pack);
    CHECK(loaded.errors == "layer1/pack.yaml:1:11: rules: 'disable' names 'api-alfa', which no rule or mistake "
                           "below this layer has\n"
                           "  disable: [api-alfa]\n"
                           "            ^\n"
                           "hint: did you mean 'api-alpha'?\n");
  }

  TEST_CASE("disabling what the same layer defines names both places")
  {
    const auto loaded = layered({"disable: [own]\nrules:\n  - {id: own, when: {q: kind, eq: api}, effects: {alpha: 1}, "
                                 "reason: r, source: s}\n"});
    CHECK_FALSE(loaded.pack);
    CHECK(loaded.errors.find("layer1/pack.yaml:1:11: rules: 'disable' names 'own', which this layer defines itself") ==
          0);
    CHECK(loaded.errors.find("defined at layer1/pack.yaml:3:5") != std::string::npos);
  }

  TEST_CASE("'disable' must be a list of ids")
  {
    CHECK(layered({"disable: api-alpha\n"}).errors.find("'disable'") != std::string::npos);
    CHECK(layered({"disable: [[api-alpha]]\n"}).errors.find("an id of 'disable'") != std::string::npos);
  }
}
