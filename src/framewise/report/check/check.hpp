#pragma once

#include <framewise/engine/gate.hpp>
#include <framewise/engine/result.hpp>
#include <framewise/engine/waivers.hpp>
#include <framewise/model/pack.hpp>
#include <framewise/model/profile.hpp>
#include <framewise/report/text_style.hpp>
#include <framewise/scan/scanned_profile.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace framewise::report {

// One profile evaluated by `framewise check`.
struct CheckedProfile
{
  std::string path; // as given on the command line; "<stdin>" for '-'
  model::Profile profile;
  engine::Result result;
  std::vector<engine::GateFinding> gate;
  bool failed = false;          // a finding at or above --fail-on fired
  engine::WaiverReview waivers; // which findings the profile's waivers accept, and the waivers that are findings
  // With --scan: per question, the evidence of an answer the scan gave where
  // the profile is silent (empty: declared or unanswered; the whole vector is
  // empty without --scan), and where the profile contradicts the code.
  std::vector<std::vector<scan::EvidenceItem>> evidence;
  std::vector<scan::Contradiction> contradictions;
  bool scan_only = false; // no profile file: `path` is the scanned directory
};

// A whole run of `framewise check`: what every renderer of this file reads.
struct CheckRun
{
  const model::RulePack& pack;
  const std::vector<CheckedProfile>& profiles;
  engine::GateOptions options;
  std::string version;          // framewise's own, for SARIF's tool.driver
  bool scanned = false;         // --scan: profile-contradicts-code is one of the rules
  std::string scan_directory{}; // --scan DIR as given, for the fixes that name a command
};

// A rule the gate applies: every common mistake of the pack, then the gate's
// own checks (framework-mismatch always; the expectations only when asked).
struct CheckRule
{
  std::string id;
  model::Severity severity = model::Severity::warning;
  std::string title;       // one line, no final period
  std::string description; // what it means, one paragraph
  std::string fix;
  std::string source; // the comparison section it comes from
};

// Where a finding points: a profile answer, or the manifest or server-command
// line that proved a scanned answer, with what that place is (SARIF's related
// location message).
struct FindingLocation
{
  model::SourcePos pos;
  std::string note;
};

// A finding of one profile, flattened for the renderers.
struct CheckFinding
{
  std::size_t rule = 0; // index into check_rules()
  model::Severity severity = model::Severity::warning;
  std::string message;                  // what fired, for this profile
  std::vector<std::uint32_t> questions; // the answers that made it fire
  // Their positions, primary first; never empty. A finding that a scanned
  // answer made fire points first at the evidence, then at profile lines.
  std::vector<FindingLocation> locations;
  bool fails_gate = false; // at or above --fail-on
  std::string fix;         // the rule's fix, naming this profile's file
  // What the finding is about when its rule may fire more than once for one
  // profile (the question a profile-contradicts-code names); empty otherwise.
  std::string subject;
  // The profile's waiver that accepts this finding (reported, never failing
  // the gate); null when it is not waived. Points into CheckedProfile::profile.
  const model::Waiver* waiver = nullptr;
};

std::vector<CheckRule> check_rules(const CheckRun& run);

// Whether `id` names one of the gate's own checks (framework-mismatch,
// unexpected-recommendation, narrow-margin, no-decision, expired-waiver,
// unknown-waiver, profile-contradicts-code), which a pack's mistake may not use.
bool is_gate_rule_id(std::string_view id);

// The findings of `profile`, ordered by line and column (ties: its mistakes in
// pack order, then its gate findings). A finding with no answer to point at
// points at line 1 of the profile.
std::vector<CheckFinding> check_findings(const CheckRun& run, const std::vector<CheckRule>& rules,
                                         const CheckedProfile& profile);

// "lifecycle=long_lived (line 3), needs_auth=true (line 9)"; empty for none.
std::string answers_summary(const CheckRun& run, const CheckedProfile& profile, const CheckFinding& finding);

// A stable id for "rule `rule` fired on the profile at `path`", 32 hex digits,
// that does not change when lines move, so CI services can tell a new finding
// from one already seen.
std::string fingerprint(std::string_view path, std::string_view rule);

// The fingerprint of `finding` of `profile`: of its rule, and its subject when
// it has one, so two contradictions of one profile stay apart.
std::string finding_fingerprint(const CheckedProfile& profile, const CheckRule& rule, const CheckFinding& finding);

// The check's verdict counts over every profile.
struct CheckTotals
{
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t waived = 0; // findings a waiver accepts, counted in none of the above
  std::size_t failed_profiles = 0;
};
CheckTotals check_totals(const CheckRun& run);

// --- Renderers: one per --format, each a whole document ----------------------

// The human summary: per profile the pick and each finding at its position
// (`path:line:col: severity: id`), then a one-line verdict.
std::string render_check_text(const CheckRun& run, const TextStyle& style);

// {"schema_version": 1, "passed": ..., "profiles": [...]}, described by
// data/schema/output.schema.json ($defs/check).
std::string render_check_json(const CheckRun& run);

// GitHub Actions workflow commands, one `::error file=…,line=…::…` per finding.
std::string render_check_github(const CheckRun& run);

// The verdict and one line per profile (its result, finding counts and pick),
// for the job log on stderr: workflow commands become annotations and leave
// the log without a word on why the step failed.
std::string render_check_summary_text(const CheckRun& run);

// The same as a Markdown job summary (for the file GITHUB_STEP_SUMMARY names):
// the verdict, a table of profiles, then each finding at its position.
std::string render_check_summary_markdown(const CheckRun& run);

// A GitLab Code Quality report (CodeClimate-style JSON array).
std::string render_check_gitlab(const CheckRun& run);

// A SARIF 2.1.0 log with one run: the rules and a result per finding.
std::string render_check_sarif(const CheckRun& run);

// JUnit XML: a testsuite per profile, a testcase per rule, failed when the rule
// fires at or above --fail-on.
std::string render_check_junit(const CheckRun& run);

} // namespace framewise::report
