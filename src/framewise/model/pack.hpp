#pragma once

#include <framewise/model/condition.hpp>
#include <framewise/model/evidence.hpp>
#include <framewise/model/question.hpp>
#include <framewise/model/source_pos.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::model {

struct Framework
{
  std::string id;
  std::string name;
  std::string summary;
  std::string source;
  SourcePos pos;

  friend bool operator==(const Framework&, const Framework&) = default;
};

// A scoring rule: when `when` holds, add `effects[f]` points to framework f.
struct Rule
{
  std::string id;
  Condition when;
  std::vector<double> effects; // one per framework, 0 where the rule is silent
  std::string reason;
  std::string source;
  SourcePos pos;

  friend bool operator==(const Rule&, const Rule&) = default;
};

enum class Severity : std::uint8_t
{
  info,
  warning,
  error
};
const char* to_string(Severity severity);

// A common mistake: a finding reported when `when` holds.
struct Mistake
{
  std::string id;
  Severity severity = Severity::warning;
  Condition when;
  std::string title;
  std::string message;
  std::string symptom;
  std::string fix;
  std::string source;
  SourcePos pos;

  friend bool operator==(const Mistake&, const Mistake&) = default;
};

// A row of the comparison table, a performance figure or a deployment note.
struct ComparisonRow
{
  std::string id;
  std::string group; // table, performance, deployment
  std::string feature;
  std::vector<std::string> values; // one per framework
  std::string note;
  std::string source;
  SourcePos pos;

  friend bool operator==(const ComparisonRow&, const ComparisonRow&) = default;
};

struct Command
{
  std::string command;
  std::string explain;

  friend bool operator==(const Command&, const Command&) = default;
};

// An entry of the debug guide or of the cheat sheet, searched by symptom.
struct DebugEntry
{
  std::string id;
  std::string symptom; // the debug guide's symptom, or the cheat sheet's problem
  std::string action;  // cheat sheet: the immediate action
  std::string fix;
  std::vector<Command> commands;
  std::vector<std::string> keywords;
  std::vector<std::uint32_t> frameworks;
  std::string source;
  SourcePos pos;

  friend bool operator==(const DebugEntry&, const DebugEntry&) = default;
};

// What a layer (`--rules DIR`) did to an item of the layers below it, in
// load order. Empty for the built-in pack alone.
struct LayerChange
{
  std::string kind;       // "override" or "disable"
  std::string section;    // "rules", "mistakes", "questions", ...
  std::string id;         // the item's id
  SourcePos pos;          // the overriding item, or the entry of `disable:`
  SourcePos below;        // the item replaced or removed
  bool identical = false; // an override with the same content as the item it replaces

  friend bool operator==(const LayerChange&, const LayerChange&) = default;
};

struct RulePack
{
  std::vector<Framework> frameworks; // in tie-break order
  std::vector<Question> questions;   // in questionnaire order
  std::vector<Rule> rules;
  std::vector<Mistake> mistakes;
  std::vector<ComparisonRow> comparison;
  std::vector<DebugEntry> debug_guide;
  std::vector<DebugEntry> cheat_sheet;
  std::vector<EvidenceRule> evidence; // what `framewise scan` infers answers from
  // The softmax temperature that turns raw totals into shares of 100: a raw
  // lead of `scale` points is a factor e between two frameworks' scores; see
  // engine/scoring.hpp.
  double score_scale = 35.0;
  std::vector<LayerChange> layer_changes;

  // Index of question / framework `id`, or -1 when there is none.
  int question_index(std::string_view id) const;
  int framework_index(std::string_view id) const;

  friend bool operator==(const RulePack&, const RulePack&) = default;
};

} // namespace framewise::model
