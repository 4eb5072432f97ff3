#pragma once

#include <framewise/cli/exit_code.hpp>
#include <framewise/cli/options.hpp>

#include <CLI/CLI.hpp>

#include <string>

namespace framewise::cli {

struct RecommendOptions
{
  std::string profile; // path, "-" for stdin, empty when not given
  std::string format = "text";
  std::string save_profile; // --save-profile FILE, empty when not given
  bool ask_missing = false;  // --ask-missing
  bool explain = false;      // --explain
  bool what_if = false;      // --what-if
};

// Registers `framewise recommend` on `app`, filling `options` when parsed.
CLI::App* add_recommend_command(CLI::App& app, RecommendOptions& options);

ExitCode run_recommend(const GlobalOptions& global, const RecommendOptions& options);

} // namespace framewise::cli
