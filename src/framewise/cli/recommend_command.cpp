#include <framewise/cli/atomic_file.hpp>
#include <framewise/cli/input_files.hpp>
#include <framewise/cli/options.hpp>
#include <framewise/cli/output.hpp>
#include <framewise/cli/questionnaire.hpp>
#include <framewise/cli/recommend_command.hpp>
#include <framewise/cli/scan_evidence.hpp>
#include <framewise/cli/stdout_style.hpp>
#include <framewise/cli/terminal.hpp>
#include <framewise/cli/today.hpp>
#include <framewise/cli/writable_path.hpp>
#include <framewise/engine/evaluate.hpp>
#include <framewise/engine/explain.hpp>
#include <framewise/engine/what_if.hpp>
#include <framewise/load/profile_loader.hpp>
#include <framewise/report/answer_format.hpp>
#include <framewise/report/recommend/profile_yaml.hpp>
#include <framewise/report/recommend/recommendation.hpp>
#include <framewise/report/scan/scan.hpp>
#include <framewise/report/text_toolkit.hpp>
#include <framewise/scan/scanned_profile.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string_view>

namespace framewise::cli {

namespace {

constexpr std::array<std::string_view, 3> k_formats{"text", "json", "markdown"};

} // namespace

CLI::App*
add_recommend_command(CLI::App& app, RecommendOptions& options)
{
  auto* command = app.add_subcommand(
    "recommend", "Rank FastAPI, Flask and Django for a project profile, with the reasons, the common "
                 "mistakes that apply and the unanswered questions that could change the pick. Without "
                 "--profile, on a terminal, it asks the questions one at a time.");
  command
    ->add_option("--profile,-p", options.profile,
                 "Project profile (YAML or JSON) to evaluate; '-' reads it from stdin. "
                 "Example: data/examples/io-bound-api.yaml")
    ->type_name("FILE");
  command
    ->add_option("--save-profile", options.save_profile,
                 "Write the answers to FILE as a profile (after every answer when asking), "
                 "atomically, so an interrupted session can resume with --ask-missing")
    ->type_name("FILE");
  command->add_flag("--ask-missing", options.ask_missing,
                    "With --profile FILE: ask, on the terminal, the questions the profile leaves unanswered; "
                    "add --save-profile FILE (the same file) to keep saving the answers to it");
  command
    ->add_option("--format,-f", options.format,
                 "Output format; markdown is an architecture decision record (MADR) to commit or paste")
    ->check(CLI::IsMember(std::vector<std::string>(k_formats.begin(), k_formats.end())))
    ->type_name("text|json|markdown")
    ->capture_default_str();
  command->add_flag("--explain", options.explain,
                    "Show every rule by framework (fired or not, the deciding answers, its effect and source), "
                    "how raw totals became scores, and how far each answer moved each framework");
  add_scan_options(*command, options.scan, options.scan_excludes,
                   "Scan DIR (as 'framewise scan' does) and recommend from what the code proves; a --profile answer "
                   "wins over the scan's. On a terminal without --profile, it asks only what the scan could not "
                   "settle; --save-profile writes the merged profile with the evidence as comments");
  command->add_flag("--what-if", options.what_if,
                    "Show every single-answer change that would change the pick, and the fewest changes "
                    "(up to 3) that would make each other framework first");
  command->footer("A profile looks like:\n"
                  "  version: 1\n"
                  "  name: billing-api\n"
                  "  answers:\n"
                  "    project_kind: api\n"
                  "    concurrent_users: 2000\n"
                  "    team_expertise: [flask]\n"
                  "Unanswered questions are neutral. 'framewise questions' lists every question id; the manual "
                  "is 'man -l man/framewise.1' in a checkout of framewise's source ('man framewise' once installed).\n"
                  "When asking: ? shows why a question matters, b goes back, s skips, Enter keeps the "
                  "answer in brackets (or skips), Ctrl-D finishes with the rest unanswered, Ctrl-C stops.");
  return command;
}

namespace {

// The profile to start from: loaded from --profile, or empty when asking from scratch.
std::optional<model::Profile>
initial_profile(const model::RulePack& pack, const RecommendOptions& options, model::Diagnostics& diagnostics)
{
  if (options.profile.empty()) {
    model::Profile profile;
    profile.answers.resize(pack.questions.size());
    profile.positions.resize(pack.questions.size());
    profile.other_items.resize(pack.questions.size());
    return profile;
  }
  const auto file = read_input(options.profile, model::Domain::profile, diagnostics);
  if (!file) {
    return std::nullopt;
  }
  return load::load_profile({file->name, file->text}, pack, diagnostics);
}

// Merges the scan of --scan into `profile`: its answers fill what the
// profile leaves unanswered, with the evidence kept as comments for
// --save-profile. Where the profile's answer contradicts the code the
// profile wins, and stderr says so. False, after saying why, when the
// directory cannot be scanned or one of its files cannot be read.
bool
merge_scan_into(const model::RulePack& pack, const RecommendOptions& options, model::Profile& profile)
{
  auto scanned = scan_evidence(pack, options.scan, options.scan_excludes, "framewise recommend --scan");
  if (!scanned) {
    return false;
  }
  if (!scanned->read.errors.empty()) {
    // Recommending from part of the evidence would look like the whole.
    print_diagnostics(scanned->read.errors);
    print_usage_error(fmt::format("recommend --scan stopped: {} of '{}' cannot be read",
                                  scanned->read.errors.size() == 1 ? "a file" : "some files", options.scan),
                      "fix the file (above), or leave it out with --scan-exclude GLOB");
    return false;
  }
  const bool declared = !options.profile.empty();
  auto merged = scan::merge_scan(pack, std::move(profile), scanned->inference);
  profile = std::move(merged.profile);
  profile.answer_comments.resize(pack.questions.size());
  std::string told;
  for (std::size_t q = 0; q < pack.questions.size(); ++q) {
    const auto& evidence = merged.evidence[q];
    if (evidence.empty()) {
      continue;
    }
    profile.answer_comments[q].push_back(fmt::format("from the scan of {}:", options.scan));
    for (const auto& item : evidence) {
      profile.answer_comments[q].push_back(report::evidence_line(item));
    }
    told += fmt::format("  {}: {}, proved by {}\n", pack.questions[q].id,
                        report::answer_text(pack.questions[q], profile.answers[q], &profile.other_items[q]),
                        report::evidence_line(evidence.front()));
  }
  for (const auto& contradiction : merged.contradictions) {
    const model::Question& question = pack.questions[contradiction.question];
    told += fmt::format("  {}: {} as the profile says, although the code proves {}: {}\n", question.id,
                        report::answer_text(question, profile.answers[contradiction.question],
                                            &profile.other_items[contradiction.question]),
                        report::escape_controls(fmt::format("{}", fmt::join(contradiction.proved, ", "))),
                        report::evidence_line(contradiction.evidence.front()));
  }
  for (const auto& note : scanned->inference.notes) {
    if (note.kind != scan::ScanNote::Kind::not_counted) {
      told += "  note: " + report::escape_controls(note.message) + "\n";
    }
  }
  if (told.empty()) {
    told = "  nothing: answer the questions, or pass --profile\n";
  }
  const std::string heading =
    fmt::format("framewise: what the scan of {} proves{}:", report::escape_controls(options.scan),
                declared ? " (an answer in the profile wins over it)" : "");
  std::fputs((heading + "\n" + told).c_str(), stderr);
  return true;
}

// The decision record's date, YYYY-MM-DD in UTC: today, or the day of
// SOURCE_DATE_EPOCH (seconds since 1970) when it is set, the reproducible-builds
// convention, so the same profile gives the same bytes. Nothing, after saying
// why, when SOURCE_DATE_EPOCH is not such a number.
std::optional<std::string>
record_date()
{
  const auto day = today_utc("date the record today");
  return day ? std::optional<std::string>(model::to_string(*day)) : std::nullopt;
}

} // namespace

std::optional<PlainRecommendArgs>
read_plain_recommend_args(int argc, const char* const* argv)
{
  if (argc < 2 || std::string_view(argv[1]) != "recommend") {
    return std::nullopt;
  }
  PlainRecommendArgs args;
  bool profile_given = false;
  bool format_given = false;
  bool color_given = false;
  // A value CLI11 reads as one: not empty, not an option or "--", not the
  // command word; "-" (stdin) is a value.
  const auto plain_value = [](std::string_view value) {
    return !value.empty() && (value == "-" || !value.starts_with('-')) && value != "recommend";
  };
  const auto is_one_of = [](std::string_view value, const auto& choices) {
    return std::find(choices.begin(), choices.end(), value) != choices.end();
  };
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const std::string_view value = i + 1 < argc ? argv[i + 1] : "";
    if ((arg == "--profile" || arg == "-p") && !profile_given && plain_value(value)) {
      args.options.profile = value;
      profile_given = true;
      ++i;
    } else if ((arg == "--format" || arg == "-f") && !format_given && is_one_of(value, k_formats)) {
      args.options.format = value;
      format_given = true;
      ++i;
    } else if (arg == k_color_option.name && !color_given && is_one_of(value, k_color_choices)) {
      args.global.color = value;
      color_given = true;
      ++i;
    } else if (arg == "--explain" && !args.options.explain) {
      args.options.explain = true;
    } else if (arg == "--what-if" && !args.options.what_if) {
      args.options.what_if = true;
    } else {
      return std::nullopt;
    }
  }
  return args;
}

std::optional<ExitCode>
run_plain_recommend(PackUse pack, int argc, const char* const* argv)
{
  const auto plain = read_plain_recommend_args(argc, argv);
  if (!plain) {
    return std::nullopt;
  }
  return run_recommend(CommandContext{plain->global, pack}, plain->options);
}

ExitCode
run_recommend(const CommandContext& context, const RecommendOptions& options)
{
  if (options.ask_missing && options.profile.empty()) {
    print_usage_error("--ask-missing asks what a profile leaves unanswered, and no --profile is given",
                      "pass --profile FILE --ask-missing, or drop --ask-missing to answer every question");
    return ExitCode::bad_input;
  }
  if (options.ask_missing && options.profile == "-") {
    // Checked before the terminal: the hint below would suggest '-' again.
    print_usage_error("--ask-missing cannot read the profile from stdin: stdin is where the answers are typed",
                      "save the profile to a file and pass --profile FILE --ask-missing, or drop --ask-missing "
                      "to recommend for the profile as it is");
    return ExitCode::bad_input;
  }
  if (!options.scan_excludes.empty() && options.scan.empty()) {
    print_usage_error("--scan-exclude is given without --scan", "add --scan DIR, or drop --scan-exclude");
    return ExitCode::bad_input;
  }
  // With --scan and no profile the scan's answers are the profile: asked
  // about on a terminal, used as they are on a pipe.
  const bool asking = (options.profile.empty() && (options.scan.empty() || stdin_is_terminal())) || options.ask_missing;
  if (asking && !stdin_is_terminal()) {
    // Never wait on a pipe or a closed stdin for answers that cannot come.
    if (options.profile.empty()) {
      print_usage_error("no profile given, and stdin is not a terminal to ask questions on",
                        "pass --profile FILE (e.g. --profile data/examples/io-bound-api.yaml), "
                        "or --profile - to read the profile from stdin");
    } else {
      print_usage_error("--ask-missing needs a terminal on stdin to ask questions on",
                        "run it in a terminal, or drop --ask-missing to recommend for the profile as it is");
    }
    return ExitCode::bad_input;
  }
  // Before the first question: answers that could never be saved must not be
  // asked for as if they would be.
  if (!options.save_profile.empty()) {
    if (const auto reason = unwritable_reason(options.save_profile)) {
      print_output_error(options.save_profile, fmt::format("--save-profile cannot write it: {}", *reason));
      return ExitCode::bad_input;
    }
  }
  model::Diagnostics diagnostics;
  CommandContext pack_context = context;
  if (!options.scan.empty()) {
    pack_context.pack_use = PackUse::whole; // the scoring parts leave the evidence table out
  }
  const auto* pack = pack_context.load_pack(diagnostics);
  if (!pack) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  auto profile = initial_profile(*pack, options, diagnostics);
  if (!profile) {
    print_diagnostics(diagnostics);
    return ExitCode::bad_input;
  }
  if (!options.scan.empty() && !merge_scan_into(*pack, options, *profile)) {
    return ExitCode::bad_input;
  }
  bool unsaved = false;
  if (asking) {
    const QuestionnaireEnd end =
      ask_questions(*pack, *profile, options.save_profile, options.save_profile == options.profile);
    if (end == QuestionnaireEnd::interrupted) {
      return ExitCode::interrupted;
    }
    unsaved = end == QuestionnaireEnd::finished_unsaved;
    std::fputs("\n", stderr);
  } else if (!options.save_profile.empty()) {
    if (const auto error = write_file_atomically(options.save_profile,
                                                 report::render_profile_yaml(*pack, *profile, options.save_profile))) {
      print_output_error(options.save_profile, *error);
      return ExitCode::bad_input;
    }
  }
  const engine::Result result = engine::evaluate(*pack, profile->answers);
  engine::WhatIf what_if;
  if (options.what_if) {
    what_if = engine::what_if(*pack, profile->answers);
  } else {
    what_if.flips = engine::flip_points(*pack, profile->answers); // for the confidence
  }
  std::optional<engine::Explanation> explanation;
  if (options.explain) {
    explanation = engine::explain(*pack, profile->answers);
  }
  const report::RecommendationView view{*pack,
                                        *profile,
                                        result,
                                        &what_if.flips,
                                        options.what_if ? &what_if.paths : nullptr,
                                        explanation ? &*explanation : nullptr};
  std::string output;
  if (options.format == "json") {
    output = report::render_json(view);
  } else if (options.format == "markdown") {
    const auto date = record_date();
    if (!date) {
      return ExitCode::bad_input;
    }
    output = report::render_markdown(view, *date);
  } else {
    output = report::render_text(view, stdout_style(context.global));
  }
  if (!write_stdout(output)) {
    print_usage_error("cannot write the report to stdout", "check the disk or the pipe it goes to");
    return ExitCode::bad_input;
  }
  if (unsaved) {
    // Said last too, where it is seen after the report.
    print_output_error(options.save_profile, "the answers are not saved: the last save failed (see above)");
    return ExitCode::bad_input;
  }
  return ExitCode::success;
}

} // namespace framewise::cli
