#include <framewise/engine/confidence.hpp>
#include <framewise/engine/scoring.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/check/check.hpp>
#include <framewise/report/shell_word.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace framewise::report {

namespace {

constexpr std::string_view k_framework_mismatch = "framework-mismatch";
constexpr std::string_view k_unexpected_recommendation = "unexpected-recommendation";
constexpr std::string_view k_narrow_margin = "narrow-margin";
constexpr std::string_view k_no_decision = "no-decision";
constexpr std::string_view k_expired_waiver = "expired-waiver";
constexpr std::string_view k_unknown_waiver = "unknown-waiver";
constexpr std::string_view k_profile_contradicts_code = "profile-contradicts-code";

std::string_view
rule_id_of(engine::GateCheck check)
{
  switch (check) {
  case engine::GateCheck::framework_mismatch:
    return k_framework_mismatch;
  case engine::GateCheck::unexpected_recommendation:
    return k_unexpected_recommendation;
  case engine::GateCheck::narrow_margin:
    return k_narrow_margin;
  case engine::GateCheck::no_decision:
    return k_no_decision;
  }
  return k_framework_mismatch;
}

std::size_t
rule_index(const std::vector<CheckRule>& rules, std::string_view id)
{
  const auto it = std::find_if(rules.begin(), rules.end(), [&](const CheckRule& rule) { return rule.id == id; });
  return static_cast<std::size_t>(it - rules.begin());
}

const engine::FrameworkResult&
entry_of(const engine::Result& result, std::uint32_t framework)
{
  return *std::find_if(result.ranking.begin(), result.ranking.end(),
                       [&](const engine::FrameworkResult& entry) { return entry.framework == framework; });
}

std::string
gate_message(const CheckRun& run, const CheckedProfile& profile, const engine::GateFinding& finding)
{
  const auto name = [&](std::uint32_t framework) { return run.pack.frameworks[framework].name; };
  const engine::FrameworkResult& pick = profile.result.ranking.front();
  switch (finding.check) {
  case engine::GateCheck::framework_mismatch:
    return fmt::format("The project is on {}, but {} scores {:.1f} points higher ({:.1f} against {:.1f}), "
                       "more than the clear margin of {:.0f}.",
                       name(finding.framework), name(pick.framework), engine::shown(finding.gap),
                       engine::shown(pick.score), engine::shown(entry_of(profile.result, finding.framework).score),
                       engine::k_clear_margin);
  case engine::GateCheck::unexpected_recommendation:
    return fmt::format("Expected {}, but the answers recommend {} (score {:.1f} against {:.1f}).",
                       name(finding.framework), name(pick.framework), engine::shown(pick.score),
                       engine::shown(entry_of(profile.result, finding.framework).score));
  case engine::GateCheck::narrow_margin:
    return fmt::format("{} leads {} by {:.1f} points, less than the --min-margin of {:g}.", name(pick.framework),
                       name(finding.framework), engine::shown(finding.gap), run.options.min_margin.value_or(0));
  case engine::GateCheck::no_decision: {
    const bool asked = run.options.expect.has_value() || run.options.min_margin.has_value();
    const std::string why =
      profile.result.decision == engine::Decision::tie
        ? fmt::format("{} and {} tie on raw points", name(pick.framework), name(finding.framework))
        : std::string("Nothing answered moves the scores");
    return fmt::format("{}, so {} is first only by pack order{}.", why, name(pick.framework),
                       asked ? "; --expect and --min-margin need a decided pick" : "");
  }
  }
  return {};
}

// The gate's own fixes name the command to run on "PROFILE"; a finding knows
// which profile it is, so its fix names the real file.
std::string
fix_for(const CheckRun& run, const CheckRule& rule, std::size_t rule_index, const CheckedProfile& profile)
{
  std::string fix = rule.fix;
  if (rule_index < run.pack.mistakes.size()) {
    return fix; // a pack's text, kept as written
  }
  const std::string path = profile.path == "<stdin>" ? std::string("-") : shell_word(profile.path);
  // With --scan the command that shows why reads the same evidence; with no
  // profile at all it reads only that.
  const std::string input = !run.scanned ? fmt::format("--profile {}", path)
                            : profile.scan_only
                              ? fmt::format("--scan {}", shell_word(run.scan_directory))
                              : fmt::format("--profile {} --scan {}", path, shell_word(run.scan_directory));
  constexpr std::string_view placeholder = "--profile PROFILE";
  for (std::size_t at = fix.find(placeholder); at != std::string::npos; at = fix.find(placeholder, at + input.size())) {
    fix.replace(at, placeholder.size(), input);
  }
  return fix;
}

// The evidence the scan gave for question `q` where the profile is silent;
// empty for a declared or unanswered question, or without --scan.
const std::vector<scan::EvidenceItem>&
scanned_evidence(const CheckedProfile& profile, std::uint32_t q)
{
  static const std::vector<scan::EvidenceItem> none;
  return q < profile.evidence.size() ? profile.evidence[q] : none;
}

std::string
evidence_note(const CheckRun& run, std::uint32_t q, const scan::EvidenceItem& item)
{
  return fmt::format("{} proves {}: {}", item.dependency.text, run.pack.questions[q].id, item.value);
}

// Where the finding points. An answer the scan gave is located at the line in
// the code that proved it, first: that is where the fix is made, and where a
// code-scanning service annotates; the profile's own answers follow.
CheckFinding
located(const CheckRun& run, const CheckedProfile& profile, CheckFinding finding)
{
  for (const auto q : finding.questions) {
    if (const auto& evidence = scanned_evidence(profile, q); !evidence.empty()) {
      finding.locations.push_back({evidence.front().dependency.pos, evidence_note(run, q, evidence.front())});
    }
  }
  // The line that proves which framework is in use says least about what to
  // fix (fastapi-sync-db-driver is fixed at the driver's line, not FastAPI's):
  // evidence for a framework goes after the rest.
  const auto proves_framework = [&](const FindingLocation& location) {
    return std::any_of(finding.questions.begin(), finding.questions.end(), [&](std::uint32_t q) {
      const auto& evidence = scanned_evidence(profile, q);
      return !evidence.empty() && evidence.front().dependency.pos == location.pos &&
             run.pack.framework_index(evidence.front().value) >= 0;
    });
  };
  std::stable_partition(finding.locations.begin(), finding.locations.end(),
                        [&](const FindingLocation& location) { return !proves_framework(location); });
  for (const auto q : finding.questions) {
    model::SourcePos pos = profile.profile.positions[q];
    if (pos.known() && !profile.scan_only) {
      pos.file = profile.path;
      finding.locations.push_back({std::move(pos), "Another answer that made it fire."});
    }
  }
  if (finding.locations.empty()) {
    // Nothing answered points anywhere (no-decision, or an unanswered
    // question): the profile's first line, or with no profile the first
    // evidence of the scan, so the finding still names a file.
    for (std::uint32_t q = 0; q < profile.evidence.size() && profile.scan_only; ++q) {
      if (!profile.evidence[q].empty()) {
        finding.locations.push_back(
          {profile.evidence[q].front().dependency.pos, evidence_note(run, q, profile.evidence[q].front())});
        break;
      }
    }
  }
  if (finding.locations.empty()) {
    finding.locations.push_back({model::SourcePos{profile.path, 1, 1}, {}});
  }
  return finding;
}

std::string
contradiction_message(const CheckRun& run, const CheckedProfile& profile, const scan::Contradiction& contradiction)
{
  const model::Question& question = run.pack.questions[contradiction.question];
  const std::string declared = answer_text(question, profile.profile.answers[contradiction.question],
                                           &profile.profile.other_items[contradiction.question]);
  // Per value proved, the lines that prove it: "drf (djangorestframework==3.15.1, requirements.txt:2)".
  std::vector<std::string> proofs;
  for (const auto& value : contradiction.proved) {
    std::vector<std::string> places;
    for (const auto& item : contradiction.evidence) {
      if (item.decides && item.value == value) {
        places.push_back(
          fmt::format("{}, {}:{}", item.dependency.text, item.dependency.pos.file, item.dependency.pos.line));
      }
    }
    proofs.push_back(fmt::format("{} ({})", value, fmt::join(places, "; ")));
  }
  if (question.type == model::QuestionType::list) {
    return fmt::format("The profile answers {}: {}, which leaves out what the code uses: {}.", question.id, declared,
                       fmt::join(proofs, ", "));
  }
  return fmt::format("The profile answers {}: {}, but the code proves {}.", question.id, declared,
                     fmt::join(proofs, ", "));
}

CheckFinding
contradiction_finding(const CheckRun& run, const std::vector<CheckRule>& rules, const CheckedProfile& profile,
                      const scan::Contradiction& contradiction)
{
  const std::uint32_t q = contradiction.question;
  CheckFinding entry;
  entry.rule = rule_index(rules, k_profile_contradicts_code);
  entry.severity = model::Severity::error;
  entry.message = contradiction_message(run, profile, contradiction);
  entry.questions = {q};
  entry.subject = run.pack.questions[q].id;
  for (const auto& item : contradiction.evidence) {
    if (item.decides) {
      entry.locations.push_back({item.dependency.pos, evidence_note(run, q, item)});
    }
  }
  if (entry.locations.empty()) { // confirming evidence only cannot happen, but a finding needs a place
    entry.locations.push_back(
      {contradiction.evidence.front().dependency.pos, evidence_note(run, q, contradiction.evidence.front())});
  }
  if (contradiction.declared_at.known()) {
    model::SourcePos pos = contradiction.declared_at;
    pos.file = profile.path;
    entry.locations.push_back({std::move(pos), fmt::format("The profile's answer to {}.", run.pack.questions[q].id)});
  }
  return entry;
}

} // namespace

bool
is_gate_rule_id(std::string_view id)
{
  return id == k_framework_mismatch || id == k_unexpected_recommendation || id == k_narrow_margin ||
         id == k_no_decision || id == k_expired_waiver || id == k_unknown_waiver || id == k_profile_contradicts_code;
}

std::vector<CheckRule>
check_rules(const CheckRun& run)
{
  std::vector<CheckRule> rules;
  for (const auto& mistake : run.pack.mistakes) {
    rules.push_back(
      CheckRule{mistake.id, mistake.severity, mistake.title, mistake.message, mistake.fix, mistake.source});
  }
  rules.push_back(CheckRule{
    std::string(k_framework_mismatch), model::Severity::warning,
    "The framework in use is not the one the answers call for",
    fmt::format("current_framework names a framework that scores more than {:.0f} points (the clear margin) "
                "below the recommendation.",
                engine::k_clear_margin),
    "Read why with 'framewise recommend --profile PROFILE'. If the answers are right, plan a gradual move: keep "
    "the business logic in framework-free modules and move endpoint by endpoint behind feature flags, away "
    "from a feature crunch. If an answer is wrong, correct it.",
    "When to Migrate Between Frameworks"});
  const bool asked = run.options.expect.has_value() || run.options.min_margin.has_value();
  rules.push_back(CheckRule{
    std::string(k_no_decision), asked ? model::Severity::error : model::Severity::info,
    "The profile decides nothing yet",
    "No answer given moves any score, or the first two frameworks tie on raw points, so the first place is only "
    "the rule pack's order of frameworks. With --expect or --min-margin this fails the gate: there is no pick to "
    "confirm.",
    "Answer the questions that matter to the project (see 'framewise questions' and 'framewise recommend "
    "--profile PROFILE --what-if' for the answers that would decide it).",
    ""});
  if (run.options.expect) {
    rules.push_back(CheckRule{std::string(k_unexpected_recommendation), model::Severity::error,
                              "The recommendation is not the expected framework",
                              "--expect names a framework, and the answers recommend another one.",
                              "Read why with 'framewise recommend --profile PROFILE'. Correct the answers that are "
                              "wrong, or change --expect if the choice has changed.",
                              ""});
  }
  const bool any_waivers = std::any_of(run.profiles.begin(), run.profiles.end(),
                                       [](const CheckedProfile& profile) { return !profile.profile.waivers.empty(); });
  if (any_waivers) { // listed only then, so reports of profiles without waivers stay as they were
    rules.push_back(CheckRule{std::string(k_expired_waiver), model::Severity::error, "A waiver has expired",
                              "A waiver's 'until' date has passed, so the mistake it accepted counts again.",
                              "Fix the mistake, or, if the reason still holds, review it and move 'until' on.", ""});
    rules.push_back(CheckRule{std::string(k_unknown_waiver), model::Severity::error,
                              "A waiver names no mistake of the rule pack",
                              "A waiver's 'id' is not the id of a mistake, so it waives nothing (a typo, or a "
                              "mistake the pack no longer has).",
                              "Correct the id ('framewise mistakes' lists them) or delete the waiver.", ""});
  }
  if (run.scanned) {
    rules.push_back(CheckRule{
      std::string(k_profile_contradicts_code), model::Severity::error, "The profile contradicts the code",
      "With --scan: the profile declares an answer that the repository's manifests or server commands disprove, "
      "so the advice is for another project than the one in the repository.",
      fmt::format("Correct the answer in the profile, or delete it and let the scan answer it ('framewise scan {}' "
                  "shows the evidence). If the code is what is wrong (a dependency left over), change the code.",
                  shell_word(run.scan_directory)),
      ""});
  }
  if (run.options.min_margin) {
    rules.push_back(CheckRule{std::string(k_narrow_margin), model::Severity::error, "The recommendation is not settled",
                              "--min-margin asks the pick to lead the runner-up by at least that many points, "
                              "and it leads by less.",
                              "Answer the open questions that could change the pick (see 'framewise recommend "
                              "--profile PROFILE'), or lower --min-margin to accept a closer call.",
                              ""});
  }
  return rules;
}

std::vector<CheckFinding>
check_findings(const CheckRun& run, const std::vector<CheckRule>& rules, const CheckedProfile& profile)
{
  std::vector<CheckFinding> findings;
  for (std::size_t f = 0; f < profile.result.findings.size(); ++f) {
    const engine::Finding& finding = profile.result.findings[f];
    const model::Mistake& mistake = run.pack.mistakes[finding.mistake];
    CheckFinding entry;
    entry.rule = finding.mistake; // mistakes come first, in pack order
    entry.severity = mistake.severity;
    entry.message = mistake.message;
    entry.questions = finding.questions;
    if (profile.waivers.waived(f)) {
      entry.waiver = &profile.profile.waivers[*profile.waivers.finding_waivers[f]];
    }
    findings.push_back(located(run, profile, std::move(entry)));
  }
  for (const auto& contradiction : profile.contradictions) {
    findings.push_back(contradiction_finding(run, rules, profile, contradiction));
  }
  for (const auto& issue : profile.waivers.issues) {
    const model::Waiver& waiver = profile.profile.waivers[issue.waiver];
    const bool expired = issue.problem == engine::WaiverProblem::expired;
    CheckFinding entry;
    entry.rule = rule_index(rules, expired ? k_expired_waiver : k_unknown_waiver);
    entry.severity = model::Severity::error;
    entry.message =
      expired ? fmt::format("The waiver of '{}' held until {} and has expired; the mistake counts again.", waiver.id,
                            model::to_string(*waiver.until))
              : fmt::format("The waiver of '{}' names no mistake of the rule pack, so it waives nothing.", waiver.id);
    entry.locations.push_back({model::SourcePos{profile.path, waiver.pos.line, waiver.pos.column}, {}});
    findings.push_back(std::move(entry));
  }
  for (const auto& finding : profile.gate) {
    CheckFinding entry;
    entry.rule = rule_index(rules, rule_id_of(finding.check));
    entry.severity = finding.severity;
    entry.message = gate_message(run, profile, finding);
    entry.questions = finding.questions;
    findings.push_back(located(run, profile, std::move(entry)));
  }
  for (auto& finding : findings) {
    finding.fails_gate = finding.waiver == nullptr && finding.severity >= run.options.fail_on;
    finding.fix = fix_for(run, rules[finding.rule], finding.rule, profile);
  }
  // In file order, as a reader goes through the profile, then the scanned
  // files by path; a tie keeps the pack's order (mistakes, then the gate's
  // checks).
  std::stable_sort(findings.begin(), findings.end(), [&](const CheckFinding& a, const CheckFinding& b) {
    const model::SourcePos& x = a.locations.front().pos;
    const model::SourcePos& y = b.locations.front().pos;
    const auto key = [&](const model::SourcePos& pos) {
      return std::tuple(pos.file != profile.path, std::string_view(pos.file), pos.line, pos.column);
    };
    return key(x) < key(y);
  });
  return findings;
}

std::string
answers_summary(const CheckRun& run, const CheckedProfile& profile, const CheckFinding& finding)
{
  std::vector<std::string> parts;
  for (const auto q : finding.questions) {
    const model::Question& question = run.pack.questions[q];
    const model::Answer& answer = profile.profile.answers[q];
    const model::SourcePos& pos = profile.profile.positions[q];
    std::string part =
      fmt::format("{}={}", question.id,
                  answer.answered ? answer_text(question, answer, &profile.profile.other_items[q]) : "unanswered");
    if (const auto& evidence = scanned_evidence(profile, q); !evidence.empty()) {
      part +=
        fmt::format(" (scanned: {}:{})", evidence.front().dependency.pos.file, evidence.front().dependency.pos.line);
    } else if (pos.known() && !profile.scan_only) {
      part += fmt::format(" (line {})", pos.line);
    }
    parts.push_back(std::move(part));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string
fingerprint(std::string_view path, std::string_view rule)
{
  // Two 64-bit FNV-1a hashes with different offsets: not cryptographic, only
  // stable and well spread, which is all a fingerprint needs.
  const auto fnv = [&](std::uint64_t hash) {
    for (const std::string_view part : {path, std::string_view("\0", 1), rule}) {
      for (const char c : part) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
      }
    }
    return hash;
  };
  return fmt::format("{:016x}{:016x}", fnv(0xcbf29ce484222325ULL), fnv(0x84222325cbf29ce4ULL));
}

std::string
finding_fingerprint(const CheckedProfile& profile, const CheckRule& rule, const CheckFinding& finding)
{
  return finding.subject.empty() ? fingerprint(profile.path, rule.id)
                                 : fingerprint(profile.path, rule.id + "/" + finding.subject);
}

CheckTotals
check_totals(const CheckRun& run)
{
  CheckTotals totals;
  const auto count = [&](model::Severity severity) {
    switch (severity) {
    case model::Severity::error:
      ++totals.errors;
      break;
    case model::Severity::warning:
      ++totals.warnings;
      break;
    case model::Severity::info:
      ++totals.infos;
      break;
    }
  };
  for (const auto& profile : run.profiles) {
    for (std::size_t f = 0; f < profile.result.findings.size(); ++f) {
      if (profile.waivers.waived(f)) {
        ++totals.waived;
      } else {
        count(run.pack.mistakes[profile.result.findings[f].mistake].severity);
      }
    }
    for (const auto& finding : profile.gate) {
      count(finding.severity);
    }
    for (std::size_t i = 0; i < profile.waivers.issues.size() + profile.contradictions.size(); ++i) {
      count(model::Severity::error);
    }
    totals.failed_profiles += profile.failed ? 1 : 0;
  }
  return totals;
}

} // namespace framewise::report
