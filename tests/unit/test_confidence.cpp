#include <framewise/engine/confidence.hpp>

#include <doctest/doctest.h>

#include <string>

using framewise::engine::Confidence;
using framewise::engine::confidence_of;

TEST_CASE("confidence: a wide margin no single answer overturns is clear")
{
  CHECK(confidence_of(40.0, 0) == Confidence::clear);
  CHECK(confidence_of(15.0, 0) == Confidence::clear);
}

TEST_CASE("confidence: a wide margin one answer can overturn is only a lean")
{
  CHECK(confidence_of(40.0, 1) == Confidence::lean);
  CHECK(confidence_of(14.9, 0) == Confidence::lean);
}

TEST_CASE("confidence: a narrow margin, or a middling one with several flips, is a toss-up")
{
  CHECK(confidence_of(4.9, 0) == Confidence::toss_up);
  CHECK(confidence_of(10.0, 2) == Confidence::toss_up);
  CHECK(std::string(to_string(Confidence::toss_up)) == "toss-up");
}

TEST_CASE("confidence: each bound exactly, and one tenth either side")
{
  // The toss-up margin, 5: below it always a toss-up, at it not.
  CHECK(confidence_of(4.9, 0) == Confidence::toss_up);
  CHECK(confidence_of(5.0, 0) == Confidence::lean);
  CHECK(confidence_of(5.0, 1) == Confidence::lean);
  CHECK(confidence_of(5.0, 2) == Confidence::toss_up);
  CHECK(confidence_of(0.0, 0) == Confidence::toss_up);
  // Between the margins: one flip is a lean, two a toss-up.
  CHECK(confidence_of(14.9, 1) == Confidence::lean);
  CHECK(confidence_of(14.9, 2) == Confidence::toss_up);
  // The clear margin, 15: at it, several flips no longer make a toss-up, and
  // any flip at all keeps it a lean.
  CHECK(confidence_of(15.0, 2) == Confidence::lean);
  CHECK(confidence_of(15.0, 1) == Confidence::lean);
  CHECK(confidence_of(15.1, 0) == Confidence::clear);
  CHECK(confidence_of(100.0, 20) == Confidence::lean);
  CHECK(std::string(to_string(Confidence::clear)) == "clear");
  CHECK(std::string(to_string(Confidence::lean)) == "lean");
}
