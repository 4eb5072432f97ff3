// load::load_pack: the checks on each item of a pack, each bound exactly at
// and one past it (effects -100..100, ids of 64 characters, 2 options for a
// choice and 1 for a list, 64 list options, min not above max).
#include "helpers.hpp"

#include <string>

namespace {

const std::string k_frameworks = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
)";

// A pack of the two frameworks and one question `question` (a flow map).
std::string
with_question(const std::string& question)
{
  return k_frameworks + "questions:\n  - " + question + "\n";
}

// A pack of test::k_small_pack and one rule whose effects are `effects`.
std::string
with_effects(const std::string& effects)
{
  return std::string(test::k_small_pack) + "rules:\n  - {id: r, when: {q: admin, eq: true}, effects: " + effects +
         ", reason: x, source: s}\n";
}

bool
refused_with(const std::string& pack, const std::string& message)
{
  const std::string errors = test::pack_errors(pack);
  INFO(errors);
  return errors != "ok" && errors.find(message) != std::string::npos;
}

// `count` options named o0, o1, ...
std::string
options(std::size_t count)
{
  std::string out = "[";
  for (std::size_t i = 0; i < count; ++i) {
    out += i == 0 ? "o" : ", o"; // in steps: g++ 12 warns falsely on a chain of +
    out += std::to_string(i);
  }
  return out + "]";
}

} // namespace

TEST_SUITE("load::load_pack: item checks")
{
  TEST_CASE("an effect is a non-zero number from -100 to 100, both ends included")
  {
    CHECK(test::pack_errors(with_effects("{alpha: 100, beta: -100}")) == "ok");
    CHECK(test::pack_errors(with_effects("{alpha: 0.5}")) == "ok");
    for (const char* bad : {"{alpha: 0}", "{alpha: 100.5}", "{beta: -101}", "{alpha: 1000}"}) {
      CAPTURE(bad);
      CHECK(refused_with(with_effects(bad), "an effect must be a non-zero number from -100 to 100"));
    }
    CHECK(refused_with(with_effects("{alpha: lots}"), "an effect must be a number, got 'lots'"));
    CHECK(refused_with(with_effects("{alpha: 1, alpha: 2}"), "framework 'alpha' is listed twice"));
    CHECK(refused_with(with_effects("{alpah: 1}"), "unknown framework 'alpah'"));
    CHECK(test::pack_errors(with_effects("{alpah: 1}")).find("did you mean 'alpha'?") != std::string::npos);
    CHECK(test::pack_errors(with_effects("{zzzzz: 1}")).find("expected one of: alpha, beta") != std::string::npos);
    CHECK(refused_with(with_effects("[alpha]"), "'effects' of 'r' must be a map"));
  }

  TEST_CASE("ids: lowercase letters, digits, '_' and '-', starting with a letter, at most 64 characters")
  {
    const auto question = [](const std::string& id) {
      return with_question("{id: " + id + ", prompt: p, help: h, type: boolean, source: s}");
    };
    CHECK(test::pack_errors(question("a" + std::string(63, 'b'))) == "ok");
    CHECK(refused_with(question("a" + std::string(64, 'b')), "is not a valid id"));
    CHECK(test::pack_errors(question("a1_b-c")) == "ok");
    for (const char* bad : {"Alpha", "1abc", "_abc", "a.b", "a b"}) {
      CAPTURE(bad);
      CHECK(refused_with(question(std::string("'") + bad + "'"), "is not a valid id"));
    }
    CHECK(test::pack_errors(question("Bad"))
            .find("hint: use lowercase letters, digits, '_' and '-', starting with a letter") != std::string::npos);
    CHECK(refused_with(question("recommendation"), "'recommendation' is reserved for the engine's pick"));
  }

  TEST_CASE("options: a choice needs 2, a list 1, a list at most 64, none twice")
  {
    const auto choice = [](const std::string& opts) {
      return with_question("{id: q, prompt: p, help: h, type: choice, options: " + opts + ", source: s}");
    };
    const auto list = [](const std::string& opts) {
      return with_question("{id: q, prompt: p, help: h, type: list, options: " + opts + ", source: s}");
    };
    CHECK(test::pack_errors(choice(options(2))) == "ok");
    CHECK(refused_with(choice(options(1)), "question 'q' needs at least 2 options"));
    CHECK(test::pack_errors(list(options(1))) == "ok");
    CHECK(refused_with(list("[]"), "question 'q' needs at least 1 options"));
    CHECK(test::pack_errors(list(options(64))) == "ok");
    CHECK(refused_with(list(options(65)), "question 'q' has more than 64 options"));
    CHECK(refused_with(choice("[a, b, a]"), "option 'a' is listed twice"));
    CHECK(test::pack_errors(choice("[{id: a, label: A}, {id: b, label: B}]")) == "ok");
    CHECK(refused_with(choice("[{id: a}, b]"), "an option is missing 'label'"));
    CHECK(refused_with(with_question("{id: q, prompt: p, help: h, type: choice, source: s}"),
                       "question 'q' needs 'options'"));
    CHECK(refused_with(with_question("{id: q, prompt: p, help: h, type: boolean, options: [a, b], source: s}"),
                       "a boolean question has no options"));
    CHECK(
      refused_with(with_question("{id: q, prompt: p, help: h, type: choice, options: [a, b], open: true, source: s}"),
                   "'open' applies only to list questions"));
    CHECK(refused_with(with_question("{id: q, prompt: p, help: h, type: integer, open: true, source: s}"),
                       "'open' applies only to list questions"));
    CHECK(refused_with(with_question("{id: q, prompt: p, help: h, type: choice, options: a, source: s}"),
                       "'options' must be a list"));
    CHECK(refused_with(with_question("{id: q, prompt: p, help: h, type: text, source: s}"),
                       "unknown question type 'text'"));
  }

  TEST_CASE("integer ranges: min may equal max, not exceed it; only integers have one")
  {
    const auto integer = [](const std::string& range) {
      return with_question("{id: q, prompt: p, help: h, type: integer, " + range + ", source: s}");
    };
    CHECK(test::pack_errors(integer("min: 5, max: 5")) == "ok");
    CHECK(refused_with(integer("min: 6, max: 5"), "question 'q' has min above max"));
    CHECK(test::pack_errors(integer("min: -10, max: 10")) == "ok");
    CHECK(refused_with(with_question("{id: q, prompt: p, help: h, type: boolean, min: 1, source: s}"),
                       "'min' and 'max' apply only to integer questions"));
    CHECK(refused_with(with_question("{id: q, prompt: p, help: h, type: list, options: [a], max: 1, source: s}"),
                       "'min' and 'max' apply only to integer questions"));
    const auto pack = test::pack_from(integer("min: -10, max: 10"));
    CHECK(pack.questions[0].min == -10);
    CHECK(pack.questions[0].max == 10);
  }

  TEST_CASE("mistakes: severity is info, warning or error")
  {
    const auto mistake = [](const std::string& severity) {
      return std::string(test::k_small_pack) + "mistakes:\n  - {id: m, severity: " + severity +
             ", when: {q: admin, eq: true}, title: t, message: m, fix: f, source: s}\n";
    };
    for (const char* severity : {"info", "warning", "error"}) {
      CAPTURE(severity);
      const auto pack = test::pack_from(mistake(severity));
      CHECK(std::string(framewise::model::to_string(pack.mistakes[0].severity)) == severity);
    }
    CHECK(refused_with(mistake("fatal"), "unknown severity 'fatal'"));
    CHECK(test::pack_errors(mistake("fatal")).find("hint: expected one of: info, warning, error") != std::string::npos);
  }
}
