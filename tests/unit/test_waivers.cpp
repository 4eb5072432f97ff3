// Waivers: reading `waivers:` from a profile, when one holds or has expired,
// an id that names no mistake, and how the gate counts a waived finding.
#include "helpers.hpp"

#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/gate.hpp>
#include <framewise/engine/waivers.hpp>
#include <framewise/model/date.hpp>
#include <framewise/report/recommend/profile_yaml.hpp>

namespace {

using framewise::engine::WaiverProblem;
using framewise::model::Date;
using framewise::model::Severity;

const std::string k_pack = R"(frameworks:
  - {id: alpha, name: Alpha, source: s}
  - {id: beta, name: Beta, source: s}
questions:
  - {id: admin, prompt: p, help: h, type: boolean, source: s}
rules:
  - {id: admin-beta, when: {q: admin, eq: true}, effects: {beta: 10}, reason: r, source: s}
mistakes:
  - {id: admin-trap, severity: error, when: {q: admin, eq: true}, title: t, message: m, fix: f, source: s}
  - {id: other-trap, severity: error, when: {q: admin, eq: false}, title: t, message: m, fix: f, source: s}
)";

const framewise::model::RulePack&
pack()
{
  static const auto loaded = test::pack_from(k_pack);
  return loaded;
}

struct Reviewed
{
  framewise::model::Profile profile;
  framewise::engine::Result result;
  framewise::engine::WaiverReview review;
};

Reviewed
reviewed(const std::string& waivers, const Date& today)
{
  Reviewed out{test::profile_from(pack(), "answers: {admin: true}\nwaivers:\n" + waivers), {}, {}};
  out.result = framewise::engine::evaluate(pack(), out.profile.answers);
  out.review = framewise::engine::review_waivers(pack(), out.profile.waivers, out.result, today);
  return out;
}

} // namespace

TEST_SUITE("model::parse_date")
{
  TEST_CASE("YYYY-MM-DD with a day that exists")
  {
    CHECK(framewise::model::parse_date("2027-06-30") == Date{2027, 6, 30});
    CHECK(framewise::model::parse_date("2028-02-29") == Date{2028, 2, 29}); // leap year
    CHECK_FALSE(framewise::model::parse_date("2027-02-29"));
    CHECK_FALSE(framewise::model::parse_date("2100-02-29")); // not a leap year
    CHECK(framewise::model::parse_date("2000-02-29") == Date{2000, 2, 29});
    CHECK_FALSE(framewise::model::parse_date("2027-04-31"));
    CHECK_FALSE(framewise::model::parse_date("2027-13-01"));
    CHECK_FALSE(framewise::model::parse_date("2027-6-30"));
    CHECK_FALSE(framewise::model::parse_date("27-06-30"));
    CHECK_FALSE(framewise::model::parse_date("2027-06-3x"));
    CHECK_FALSE(framewise::model::parse_date("+027-06-30"));
    CHECK_FALSE(framewise::model::parse_date("2027/06/30"));
    CHECK(framewise::model::to_string(Date{2027, 6, 3}) == "2027-06-03");
  }

  TEST_CASE("the UTC day of seconds since 1970")
  {
    CHECK(framewise::model::date_of_epoch_seconds(0) == Date{1970, 1, 1});
    CHECK(framewise::model::date_of_epoch_seconds(1767225600) == Date{2026, 1, 1});   // midnight
    CHECK(framewise::model::date_of_epoch_seconds(1767225599) == Date{2025, 12, 31}); // one second before
    CHECK(framewise::model::date_of_epoch_seconds(951782400) == Date{2000, 2, 29});
    CHECK(framewise::model::date_of_epoch_seconds(253402300799) == Date{9999, 12, 31});
  }
}

TEST_SUITE("engine::review_waivers")
{
  TEST_CASE("a waiver holds through its last day and expires the day after")
  {
    const std::string waiver = "  - {id: admin-trap, reason: accepted, until: 2027-06-30}\n";
    const auto on_the_day = reviewed(waiver, Date{2027, 6, 30});
    CHECK(on_the_day.review.waived(0));
    CHECK(on_the_day.review.issues.empty());
    CHECK_FALSE(
      framewise::engine::gate_fails_with_waivers(pack(), on_the_day.result, {}, on_the_day.review, Severity::info));

    const auto day_after = reviewed(waiver, Date{2027, 7, 1});
    CHECK_FALSE(day_after.review.waived(0));
    REQUIRE(day_after.review.issues.size() == 1);
    CHECK(day_after.review.issues[0].problem == WaiverProblem::expired);
    CHECK(framewise::engine::gate_fails_with_waivers(pack(), day_after.result, {}, day_after.review, Severity::error));
  }

  TEST_CASE("a waiver without 'until' never expires")
  {
    const auto later = reviewed("  - {id: admin-trap, reason: accepted}\n", Date{9999, 12, 31});
    CHECK(later.review.waived(0));
    CHECK(later.review.issues.empty());
  }

  TEST_CASE("an id that names no mistake is an issue and waives nothing")
  {
    const auto typo = reviewed("  - {id: admin-trp, reason: accepted}\n", Date{2027, 1, 1});
    CHECK_FALSE(typo.review.waived(0));
    REQUIRE(typo.review.issues.size() == 1);
    CHECK(typo.review.issues[0].problem == WaiverProblem::unknown_mistake);
    CHECK(typo.review.issues[0].waiver == 0);
  }

  TEST_CASE("a waiver for a mistake that does not fire is no issue; the gate still fails on what is not waived")
  {
    const auto quiet = reviewed("  - {id: other-trap, reason: accepted}\n", Date{2027, 1, 1});
    CHECK(quiet.review.issues.empty());
    CHECK_FALSE(quiet.review.waived(0));
    CHECK(framewise::engine::gate_fails_with_waivers(pack(), quiet.result, {}, quiet.review, Severity::error));
  }
}

TEST_SUITE("load_profile: waivers")
{
  TEST_CASE("waivers are read in order, with their positions")
  {
    const auto profile = test::profile_from(pack(), "answers: {admin: true}\n"
                                                    "waivers:\n"
                                                    "  - id: admin-trap\n"
                                                    "    reason: \"reporting service, I/O wait under 10%\"\n"
                                                    "    until: 2027-06-30\n"
                                                    "  - {id: other-trap, reason: r}\n");
    REQUIRE(profile.waivers.size() == 2);
    CHECK(profile.waivers[0].id == "admin-trap");
    CHECK(profile.waivers[0].reason == "reporting service, I/O wait under 10%");
    CHECK(profile.waivers[0].until == Date{2027, 6, 30});
    CHECK(profile.waivers[0].pos.line == 3);
    CHECK(profile.waivers[0].pos.column == 9);
    CHECK_FALSE(profile.waivers[1].until);
  }

  TEST_CASE("every malformed waiver is positioned")
  {
    const auto errors = [](const std::string& waivers) {
      return test::profile_errors(pack(), "answers: {admin: true}\nwaivers: " + waivers + "\n");
    };
    CHECK(errors("[{id: admin-trap, reason: r, until: 2027-02-29}]") ==
          "input:2:46: profile: 'until' is '2027-02-29', not a date\n"
          "  waivers: [{id: admin-trap, reason: r, until: 2027-02-29}]\n"
          "                                               ^\n"
          "hint: write the last day the waiver holds as YYYY-MM-DD, e.g. 2027-06-30\n");
    CHECK(errors("[{id: admin-trap}]").find("input:2:11: profile: a waiver is missing 'reason'") == 0);
    CHECK(errors("[{id: admin-trap, reason: \"\"}]").find("a waiver's 'reason' is empty") != std::string::npos);
    CHECK(errors("[{id: admin-trap, reason: r, unitl: 2027-01-01}]").find("did you mean 'until'?") !=
          std::string::npos);
    CHECK(errors("[{id: admin-trap, reason: r}, {id: admin-trap, reason: s}]").find("'admin-trap' is waived twice") !=
          std::string::npos);
    CHECK(errors("{id: admin-trap}").find("'waivers'") != std::string::npos);
    CHECK(errors("[admin-trap]").find("a waiver") != std::string::npos);
    CHECK(errors("[{id: [a], reason: r}]").find("a waiver's 'id'") != std::string::npos);
  }
}

TEST_SUITE("render_profile_yaml: waivers")
{
  TEST_CASE("saving a profile keeps its waivers, in order")
  {
    const auto profile =
      test::profile_from(pack(), "answers: {admin: true}\n"
                                 "waivers:\n"
                                 "  - {id: admin-trap, reason: \"it's \\\"fine\\\": 10%\", until: 2027-06-30}\n"
                                 "  - {id: other-trap, reason: r}\n");
    const std::string saved = framewise::report::render_profile_yaml(pack(), profile, "p.yaml");
    CHECK(saved.ends_with("waivers:\n"
                          "  - id: \"admin-trap\"\n"
                          "    reason: \"it's \\\"fine\\\": 10%\"\n"
                          "    until: 2027-06-30\n"
                          "  - id: \"other-trap\"\n"
                          "    reason: \"r\"\n"));
    const auto reloaded = test::profile_from(pack(), saved);
    REQUIRE(reloaded.waivers.size() == 2);
    CHECK(reloaded.waivers[0].reason == "it's \"fine\": 10%");
    CHECK(reloaded.waivers[0].until == Date{2027, 6, 30});
  }
}
