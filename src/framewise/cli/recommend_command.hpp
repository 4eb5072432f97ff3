#pragma once

#include <framewise/cli/command_context.hpp>
#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace framewise::cli {

struct RecommendOptions
{
  std::string profile; // path, "-" for stdin, empty when not given
  std::string format = "text";
  std::string save_profile;               // --save-profile FILE, empty when not given
  bool ask_missing = false;               // --ask-missing
  bool explain = false;                   // --explain
  bool what_if = false;                   // --what-if
  std::string scan;                       // --scan DIR, empty when not given
  std::vector<std::string> scan_excludes; // --scan-exclude GLOB, repeatable
};

// Registers `framewise recommend` on `app`, filling `options` when parsed.
CLI::App* add_recommend_command(CLI::App& app, RecommendOptions& options);

// A recommend command line read without CLI11.
struct PlainRecommendArgs
{
  GlobalOptions global;
  RecommendOptions options;
};

// The options of `argv` when it is `framewise recommend` followed only by
// --profile/-p FILE, --format/-f FORMAT, --explain, --what-if and --color WHEN
// (k_color_option),
// each at most once, each value a separate argument that CLI11 would read as
// a value too; nothing for any other command line, which CLI11 then reads
// (and reports what is wrong with). Declaring the options with CLI11 cost
// 160,000 instructions, more than evaluating and rendering a recommendation.
std::optional<PlainRecommendArgs> read_plain_recommend_args(int argc, const char* const* argv);

ExitCode run_recommend(const CommandContext& context, const RecommendOptions& options);

// Runs a plain recommend command line (read_plain_recommend_args) with the
// pack parts `pack`, the command table's run_plain; nothing for any other line.
std::optional<ExitCode> run_plain_recommend(PackUse pack, int argc, const char* const* argv);

} // namespace framewise::cli
