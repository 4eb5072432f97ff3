#include <framewise/cli/input_files.hpp>
#include <framewise/cli/pack_source.hpp>
#include <framewise/load/embedded_pack.hpp>
#include <framewise/load/pack_blob.hpp>
#include <framewise/load/pack_loader.hpp>

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

} // namespace

const model::RulePack*
load_rule_pack(const GlobalOptions& options, model::Diagnostics& diagnostics, load::PackParts parts)
{
  return kept_for_the_process(loaded_pack(options, diagnostics, parts));
}

} // namespace framewise::cli
