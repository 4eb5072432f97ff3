#include <framewise/cli/input_files.hpp>
#include <framewise/cli/pack_source.hpp>
#include <framewise/load/embedded_pack.hpp>
#include <framewise/load/pack_blob.hpp>
#include <framewise/load/pack_loader.hpp>
#include <framewise/load/spellcheck.hpp>

#include <fmt/format.h>

#include <deque>
#include <optional>

namespace framewise::cli {

namespace {

// `pack` moved to the heap, into a list held by a static pointer that is never
// deleted (see load_rule_pack); a deque never moves what it holds.
const model::RulePack*
kept_for_the_process(std::optional<model::RulePack> pack)
{
  if (!pack) {
    return nullptr;
  }
  static auto* const kept = new std::deque<model::RulePack>();
  return &kept->emplace_back(std::move(*pack));
}

std::optional<model::RulePack>
loaded_pack(const GlobalOptions& options, model::Diagnostics& diagnostics, load::PackParts parts)
{
  // The usual case: the built-in pack alone, compiled at build time.
  if (!options.no_builtin_rules && options.rules_dirs.empty()) {
    if (auto pack = load::decode_pack(load::embedded_pack_bytes(), parts)) {
      return pack;
    }
    model::Diagnostic diagnostic;
    diagnostic.domain = model::Domain::rules;
    diagnostic.message = "the built-in rule pack compiled into framewise is damaged";
    diagnostic.hint = "rebuild framewise from its sources";
    diagnostics.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  std::vector<load::PackLayer> layers;
  if (!options.no_builtin_rules) {
    // Layering works item by item on the YAML, so the built-in pack is parsed
    // from its embedded YAML when --rules DIR goes on top of it.
    const auto embedded = load::embedded_pack_files();
    layers.push_back(load::PackLayer{{embedded.begin(), embedded.end()}});
  }
  if (options.no_builtin_rules && options.rules_dirs.empty()) {
    model::Diagnostic diagnostic;
    diagnostic.domain = model::Domain::usage;
    diagnostic.message = "--no-builtin-rules needs at least one --rules DIR";
    diagnostics.push_back(std::move(diagnostic));
    return std::nullopt;
  }
  std::deque<FileText> texts; // owns what the layers' string_views point to
  for (const auto& dir : options.rules_dirs) {
    const auto files = pack_files_in(dir, diagnostics);
    if (!files) {
      continue;
    }
    load::PackLayer layer;
    for (const auto& path : *files) {
      if (auto file = read_input(path, model::Domain::rules, diagnostics)) {
        const FileText& stored = texts.emplace_back(std::move(*file));
        layer.files.push_back(load::SourceText{stored.name, stored.text});
      }
    }
    layers.push_back(std::move(layer));
  }
  if (!diagnostics.empty()) {
    return std::nullopt;
  }
  return load::load_pack(layers, diagnostics);
}

// Removes each --exclude-rule ID from the rules and mistakes of `pack`; false,
// with a usage error naming the closest id, when one names neither.
bool
without_excluded(model::RulePack& pack, const std::vector<std::string>& excluded, model::Diagnostics& diagnostics)
{
  for (const auto& id : excluded) {
    const auto named = [&](const auto& item) { return item.id == id; };
    const auto rules_before = pack.rules.size();
    const auto mistakes_before = pack.mistakes.size();
    std::erase_if(pack.rules, named);
    std::erase_if(pack.mistakes, named);
    if (pack.rules.size() != rules_before || pack.mistakes.size() != mistakes_before) {
      continue;
    }
    std::vector<std::string> ids;
    for (const auto& rule : pack.rules) {
      ids.push_back(rule.id);
    }
    for (const auto& mistake : pack.mistakes) {
      ids.push_back(mistake.id);
    }
    const std::string suggestion = load::closest_match(id, ids);
    model::Diagnostic diagnostic;
    diagnostic.domain = model::Domain::usage;
    diagnostic.message = fmt::format("--exclude-rule '{}' names no rule or mistake of the pack", id);
    diagnostic.hint = suggestion.empty() ? std::string("'framewise mistakes' lists the mistakes; rule ids are in the "
                                                       "pack's files")
                                         : fmt::format("did you mean '{}'?", suggestion);
    diagnostics.push_back(std::move(diagnostic));
  }
  return diagnostics.empty();
}

} // namespace

const model::RulePack*
load_rule_pack(const GlobalOptions& options, model::Diagnostics& diagnostics, load::PackParts parts)
{
  auto pack = loaded_pack(options, diagnostics, parts);
  if (pack && !without_excluded(*pack, options.excluded, diagnostics)) {
    return nullptr;
  }
  return kept_for_the_process(std::move(pack));
}

} // namespace framewise::cli
