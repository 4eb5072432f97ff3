// load::load_pack: the `alike:` entries of a question, checked for their
// shape only (whether they hold is `rules lint`'s to say, test_option_alike.cpp).
#include "helpers.hpp"

TEST_SUITE("load::load_pack alike")
{
  TEST_CASE("alike entries: choice and list only, two options or more, each in one group, with a reason")
  {
    const auto errors_of = [](const std::string& question) {
      return test::pack_errors("frameworks:\n  - {id: alpha, name: A, source: s}\n  - {id: beta, name: B, source: s}\n"
                               "questions:\n" +
                               question);
    };
    CHECK(
      errors_of("  - {id: b, prompt: p, help: h, type: boolean, alike: [{options: [x, y], reason: r}], source: s}\n")
        .find("5:55: rules: 'alike' applies only to choice and list questions") != std::string::npos);
    const std::string head = "  - {id: c, prompt: p, help: h, type: choice, options: [x, y, z], source: s, alike: ";
    CHECK(errors_of(head + "[{options: [x, y]}]}\n").find("an entry of 'alike' is missing 'reason'") !=
          std::string::npos);
    CHECK(errors_of(head + "[{options: [x, y], reason: ''}]}\n").find("'reason' of an 'alike' entry is empty") !=
          std::string::npos);
    CHECK(errors_of(head + "[{options: [x], reason: r}]}\n").find("an 'alike' entry needs at least two options") !=
          std::string::npos);
    CHECK(errors_of(head + "[{options: [x, y], reason: r}, {options: [y, z], reason: r}]}\n")
            .find("option 'y' is already in an 'alike' group, at line 5, column 100") != std::string::npos);
    CHECK(errors_of(head + "[{options: [x, Y], reason: r}]}\n").find("id 'Y' is not a valid id") != std::string::npos);
    CHECK(errors_of(head + "[{options: [x, y], reason: r, why: w}]}\n").find("why") != std::string::npos);
  }
}
