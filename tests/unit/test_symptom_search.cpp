// engine::diagnose_symptom: each symptom of the seed, told in other words,
// finds its own entry first.
#include "helpers.hpp"

#include <framewise/engine/symptom_search.hpp>
#include <framewise/engine/symptom_words.hpp>

#include <string>

namespace {

using framewise::engine::GuideSection;

// The id of the entry a match points to.
std::string
entry_id(const framewise::model::RulePack& pack, const framewise::engine::GuideEntryRef& ref)
{
  switch (ref.section) {
  case GuideSection::debug_guide:
    return pack.debug_guide.at(ref.index).id;
  case GuideSection::cheat_sheet:
    return pack.cheat_sheet.at(ref.index).id;
  case GuideSection::mistakes:
    return pack.mistakes.at(ref.index).id;
  }
  return "?";
}

// The id of the best match for `symptom` in the built-in pack, or "no match".
std::string
first_match(std::string_view symptom)
{
  const auto& pack = test::builtin_pack();
  const auto diagnosis = framewise::engine::diagnose_symptom(pack, symptom);
  if (!diagnosis || diagnosis->matches.empty()) {
    return "no match";
  }
  return entry_id(pack, diagnosis->matches.front().entry);
}

} // namespace

TEST_SUITE("engine::stem_word")
{
  TEST_CASE("the forms of a word share one stem")
  {
    CHECK(framewise::engine::stem_word("spike") == "spik");
    CHECK(framewise::engine::stem_word("spikes") == "spik");
    CHECK(framewise::engine::stem_word("spiking") == "spik");
    CHECK(framewise::engine::stem_word("spiked") == "spik");
    CHECK(framewise::engine::stem_word("queries") == "query");
    CHECK(framewise::engine::stem_word("validation") == framewise::engine::stem_word("validate"));
    CHECK(framewise::engine::stem_word("stopped") == "stop");
    CHECK(framewise::engine::stem_word("processes") == "process");
    CHECK(framewise::engine::stem_word("502s") == "502");
  }

  TEST_CASE("short words and words ending in -eed are left alone")
  {
    CHECK(framewise::engine::stem_word("ram") == "ram");
    CHECK(framewise::engine::stem_word("speed") == "speed");
    CHECK(framewise::engine::stem_word("n+1") == "n+1");
  }
}

TEST_SUITE("engine::symptom_words")
{
  TEST_CASE("stop words and negations are dropped, synonyms share a meaning")
  {
    const auto words = framewise::engine::symptom_words("The app is NOT slow, it lags!");
    REQUIRE(words.size() == 2);
    CHECK(words[0].written == "slow");
    CHECK(words[1].written == "lags");
    CHECK(words[0].meaning == words[1].meaning);
  }

  TEST_CASE("a word written as two is read as one")
  {
    const auto words = framewise::engine::symptom_words("requests time out in the back office");
    REQUIRE(words.size() == 3);
    CHECK(words[1].written == "timeout");
    CHECK(words[2].written == "backoffice");
  }

  TEST_CASE("punctuation alone has no words") { CHECK(framewise::engine::symptom_words("  ?! -- + ").empty()); }
}

TEST_SUITE("engine::diagnose_symptom")
{
  TEST_CASE("the issue's own example finds the debug guide's latency entry")
  {
    CHECK(first_match("latency spikes under load") == "latency-spikes-under-load");
  }

  TEST_CASE("debug-guide symptoms in other words")
  {
    CHECK(first_match("response times jump when traffic is heavy, yet the processors sit idle") ==
          "latency-spikes-under-load");
    CHECK(first_match("RAM usage keeps climbing over days and the process never gives it back") ==
          "memory-grows-never-shrinks");
    CHECK(first_match("some routes don't appear on the OpenAPI page") == "swagger-docs-missing-endpoints");
    CHECK(first_match("database lookups take forever although every table is indexed") == "orm-queries-slow");
  }

  TEST_CASE("cheat-sheet problems in other words")
  {
    CHECK(first_match("since we introduced await calls the server refuses to boot") == "async-app-wont-start");
    CHECK(first_match("the endpoint accepts a number where a string belongs; malformed payloads are not rejected") ==
          "pydantic-validation-not-catching");
    CHECK(first_match("the back office of my Django project displays none of the tables I defined") ==
          "django-admin-missing-models");
  }

  TEST_CASE("the mistakes' symptoms in other words")
  {
    CHECK(first_match("a year later we keep hand-rolling login, permission and dashboard code and the whole thing "
                      "is brittle") == "flask-for-enterprise");
    CHECK(first_match("we switched to FastAPI but responses under heavy traffic are no faster") ==
          "fastapi-sync-db-driver");
    CHECK(first_match("shipping takes ages, our Docker images are huge and all the ceremony drags our velocity") ==
          "django-overkill-simple-api");
    CHECK(first_match("calls pile up waiting, response times jump although processors are mostly idle, and the "
                      "proxy returns bad gateway errors") == "sync-workers-high-concurrency");
    CHECK(first_match("requests per second stay flat under heavy traffic and a single number-crunching call freezes "
                      "every other call") == "async-for-cpu-bound");
    CHECK(first_match("progress slowed to a crawl as the developers get used to unfamiliar tooling") ==
          "hype-over-expertise");
    CHECK(first_match("response time creeps from tens of milliseconds to several seconds and hundreds of concurrent "
                      "visitors get gateway timeouts though the DB is healthy") == "incident-wsgi-async-starvation");
  }

  TEST_CASE("short everyday phrasings")
  {
    CHECK(first_match("502 bad gateway") == "sync-workers-high-concurrency");
    CHECK(first_match("memory leak") == "memory-grows-never-shrinks");
    CHECK(first_match("n+1 queries") == "orm-queries-slow");
    CHECK(first_match("422 errors") == "pydantic-validation-not-catching");
    CHECK(first_match("uvicorn won't start") == "async-app-wont-start");
    CHECK(first_match("gunicorn workers exhausted") == "incident-wsgi-async-starvation");
  }

  TEST_CASE("matches name the symptom's words that matched, as written")
  {
    const auto diagnosis = framewise::engine::diagnose_symptom(test::builtin_pack(), "Swagger hides my routes");
    REQUIRE(diagnosis);
    REQUIRE_FALSE(diagnosis->matches.empty());
    CHECK(diagnosis->matches.front().matched_words == std::vector<std::string>{"swagger", "hides", "routes"});
  }

  TEST_CASE("an unrelated symptom matches nothing and offers the closest entries")
  {
    const auto diagnosis = framewise::engine::diagnose_symptom(test::builtin_pack(), "the printer is out of toner");
    REQUIRE(diagnosis);
    CHECK(diagnosis->matches.empty());
    CHECK(diagnosis->closest.size() == framewise::engine::k_closest);
  }

  TEST_CASE("a symptom without a meaningful word is refused")
  {
    CHECK_FALSE(framewise::engine::diagnose_symptom(test::builtin_pack(), ""));
    CHECK_FALSE(framewise::engine::diagnose_symptom(test::builtin_pack(), "it is not the"));
    CHECK_FALSE(framewise::engine::diagnose_symptom(test::builtin_pack(), "?!"));
  }

  TEST_CASE("the same symptom gives the same ranking")
  {
    const auto& pack = test::builtin_pack();
    const auto a = framewise::engine::diagnose_symptom(pack, "slow queries");
    const auto b = framewise::engine::diagnose_symptom(pack, "slow queries");
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(a->matches.size() == b->matches.size());
    for (std::size_t i = 0; i < a->matches.size(); ++i) {
      CHECK(entry_id(pack, a->matches[i].entry) == entry_id(pack, b->matches[i].entry));
    }
  }
}
