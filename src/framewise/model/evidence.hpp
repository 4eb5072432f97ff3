#pragma once

#include <framewise/model/source_pos.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace framewise::model {

// A row of the evidence table `framewise scan` reads (section `evidence` of a
// rule pack): a package a project depends on, or a Django app it installs,
// that proves the answer to one question. It is data so that an
// organisation's `--rules DIR` can add its internal packages.
struct EvidenceRule
{
  std::string id;
  // PEP 503-normalised distribution names; "name[extra]" matches only a
  // dependency that asks for that extra (sqlalchemy[asyncio]).
  std::vector<std::string> packages;
  // Entries of Django's INSTALLED_APPS, exactly as written (django.contrib.admin).
  std::vector<std::string> apps;
  std::uint32_t question = 0; // index into RulePack::questions
  // The answer proved: an option id (choice and list questions) or "true" /
  // "false" (boolean questions).
  std::string value;
  SourcePos pos;

  friend bool operator==(const EvidenceRule&, const EvidenceRule&) = default;
};

} // namespace framewise::model
