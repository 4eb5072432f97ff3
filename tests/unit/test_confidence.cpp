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
