#include <framewise/cli/check_command.hpp>
#include <framewise/cli/command_table.hpp>
#include <framewise/cli/compare_command.hpp>
#include <framewise/cli/completion_command.hpp>
#include <framewise/cli/diagnose_command.hpp>
#include <framewise/cli/init_command.hpp>
#include <framewise/cli/mistakes_command.hpp>
#include <framewise/cli/questions_command.hpp>
#include <framewise/cli/recommend_command.hpp>
#include <framewise/cli/rules_command.hpp>
#include <framewise/cli/scan_command.hpp>
#include <framewise/cli/schema_command.hpp>

#include <algorithm>
#include <string>

namespace framewise::cli {

namespace {

// The reference commands (compare, questions, init, mistakes, diagnose) only
// read the pack; their options are a --format string, or a struct of their own.
constexpr CommandEntry k_commands[] = {
  {.name = "recommend",
   .pack = PackUse::scoring,
   .declare = declare_command<RecommendOptions, add_recommend_command, run_recommend>,
   .run_plain = run_plain_recommend},
  {.name = "check", .pack = PackUse::scoring, .declare = declare_command<CheckOptions, add_check_command, run_check>},
  {.name = "scan", .declare = declare_command<ScanOptions, add_scan_command, run_scan>},
  {.name = "compare", .declare = declare_command<std::string, add_compare_command, run_compare>},
  {.name = "questions", .declare = declare_command<std::string, add_questions_command, run_questions>},
  {.name = "init", .declare = declare_command<InitOptions, add_init_command, run_init>},
  {.name = "mistakes", .declare = declare_command<std::string, add_mistakes_command, run_mistakes>},
  {.name = "diagnose", .declare = declare_command<DiagnoseOptions, add_diagnose_command, run_diagnose>},
  {.name = "schema", .declare = declare_command<SchemaOptions, add_schema_command, run_schema>},
  {.name = "rules", .declare = declare_rules_commands},
  {.name = "completion",
   .declare = declare_command<CompletionOptions, add_completion_command, run_completion>,
   .reads_every_command = true},
};

} // namespace

std::span<const CommandEntry>
command_table()
{
  return k_commands;
}

const CommandEntry*
find_command(std::string_view word)
{
  const auto* found = std::find_if(std::begin(k_commands), std::end(k_commands),
                                   [&](const CommandEntry& entry) { return entry.name == word; });
  return found == std::end(k_commands) ? nullptr : found;
}

} // namespace framewise::cli
