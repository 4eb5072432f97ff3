#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/scan/dependency.hpp>
#include <framewise/scan/server_command.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace framewise::scan {

// A dependency that matched a row of the pack's evidence table.
struct EvidenceItem
{
  Dependency dependency;
  std::string rule;     // the evidence row's id
  std::string value;    // the answer the row proves
  bool decides = false; // declared dependency or installed app
};

// An answer the files prove.
struct InferredAnswer
{
  std::uint32_t question = 0;         // index into the pack's questions
  std::vector<std::string> values;    // one for choice and boolean questions; the items of a list
  std::vector<EvidenceItem> evidence; // what decided it first, then what confirms it (locks, groups)
};

struct ScanNote
{
  enum class Kind : std::uint8_t
  {
    conflict,    // the files disagree: no answer
    not_counted, // found only in an optional or development group
    unknown,     // a reader could not know (computed setup.py, project.dynamic, a URL)
  };
  Kind kind = Kind::unknown;
  std::string question; // empty for `unknown`
  std::string message;
  std::vector<EvidenceItem> evidence;
};

const char* to_string(ScanNote::Kind kind);

struct Inference
{
  std::vector<InferredAnswer> answers; // in the pack's question order
  std::vector<ScanNote> notes;
};

// The answers `dependencies` prove by the pack's evidence table. Only
// declared dependencies and installed apps decide. A choice or yes/no
// question with two values proved (flask and django; an async and a sync
// driver) is left out, with a `conflict` note listing both sides and how to
// settle it; a list question takes every item proved. Evidence matched only in
// optional or development groups gives a `not_counted` note (choice and yes/no
// questions). `directory` is the scanned DIR as positions spell it ("" or "."
// when they are relative to it), used to suggest `framewise scan DIR/SUB` for
// a conflict whose sides live in different subdirectories.
//
// `servers` (scan/server_command.hpp) answer the pack's question
// `server_workers`, if it has one: each is an evidence item of role
// `command` proving "sync" or "async"; servers that disagree give a
// `conflict` note; a server whose workers cannot be known, and a development
// server (runserver, flask run), an `unknown` note; one only in a
// development or test file, a `not_counted` note. Pure: the same input gives
// the same output.
Inference infer_answers(const model::RulePack& pack, const std::vector<Dependency>& dependencies,
                        std::string_view directory = {}, const std::vector<ServerCommand>& servers = {});

} // namespace framewise::scan
