#pragma once

#include <framewise/model/pack.hpp>
#include <framewise/model/profile.hpp>
#include <framewise/scan/infer.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace framewise::scan {

// A profile answer the code disproves: the profile declares one thing and the
// scan proves another (`check --scan` reports it as profile-contradicts-code).
struct Contradiction
{
  std::uint32_t question = 0;
  // What the code proves that the profile's answer denies, as a profile
  // spells it: one value ("false", "django") for a choice or yes/no
  // question; for a list, the items the profile leaves out.
  std::vector<std::string> proved;
  std::vector<EvidenceItem> evidence; // what proves it, the deciding items first; never empty
  model::SourcePos declared_at;       // the profile's answer (as the loader placed it)
};

// A declared profile with the scan's answers filled in where it is silent.
struct ScannedProfile
{
  model::Profile profile;
  // Per question (pack order): the evidence of an answer that came from the
  // scan, deciding items first; empty for a declared or unanswered question.
  std::vector<std::vector<EvidenceItem>> evidence;
  std::vector<Contradiction> contradictions; // in the pack's question order
};

// Merges `inference` into `declared`: a declared answer wins; a question the
// profile leaves unanswered takes the scanned answer, and its evidence. Where
// both answer and disagree, a Contradiction: a choice or yes/no answer that
// differs, or a list that lacks an item the code proves (a list may plan
// more than the code has yet; it may not leave out what the code uses).
// Scanned values no question option names (a free item of a closed list, an
// unknown option id from a pack's evidence row) are skipped. Pure.
ScannedProfile merge_scan(const model::RulePack& pack, model::Profile declared, const Inference& inference);

// An empty profile of `pack` (every question unanswered), to merge a scan into
// when no profile is given.
model::Profile empty_profile(const model::RulePack& pack);

} // namespace framewise::scan
