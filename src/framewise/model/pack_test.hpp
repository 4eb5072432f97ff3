#pragma once

#include <framewise/model/answer.hpp>
#include <framewise/model/source_pos.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace framewise::model {

// A rule or a mistake of the pack, by index: what a test case may expect to
// fire, and what rule coverage counts.
enum class PackItemKind : std::uint8_t
{
  rule,
  mistake
};

struct PackItemRef
{
  PackItemKind kind = PackItemKind::rule;
  std::uint32_t index = 0;
  SourcePos pos; // where the case names it

  friend bool operator==(const PackItemRef&, const PackItemRef&) = default;
};

// What a test case of a rule pack (`tests/*.yaml` in the pack) expects.
// Every part is optional; a case expects at least one.
struct CaseExpectation
{
  std::optional<std::uint32_t> recommendation; // framework index; the pick must be decided
  std::vector<std::uint32_t> ranking;          // framework indices: the first places, in order
  std::optional<double> min_lead;              // score points, compared unrounded
  std::vector<PackItemRef> fires;              // rules or mistakes that must fire
  std::vector<PackItemRef> not_fires;          // rules or mistakes that must not fire

  friend bool operator==(const CaseExpectation&, const CaseExpectation&) = default;
};

struct PackTestCase
{
  std::string id;
  std::string description; // optional
  std::string source;      // optional: the section of the comparison it is drawn from
  Answers answers;         // partial answers: unanswered questions stay unanswered
  CaseExpectation expect;
  SourcePos pos;

  friend bool operator==(const PackTestCase&, const PackTestCase&) = default;
};

} // namespace framewise::model
