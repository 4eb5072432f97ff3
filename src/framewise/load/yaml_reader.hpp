#pragma once

#include <framewise/load/document_scan.hpp>
#include <framewise/load/source_text.hpp>
#include <framewise/model/diagnostic.hpp>

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::load {

// A file reports at most this many errors, then one line saying there are more.
inline constexpr std::size_t k_max_errors_per_file = 50;

// Parses one YAML (or JSON) text and reports problems in it, each at the line and
// column of the node concerned. Every reading helper adds a diagnostic and
// returns nothing on a problem, so a loader can keep going and report them all.
class YamlReader
{
public:
  YamlReader(SourceText source, model::Domain domain, model::Diagnostics& out);

  // The document's root node; nothing after a problem (too large, binary,
  // malformed, empty, or more than one document).
  std::optional<YAML::Node> parse();

  model::SourcePos pos(const YAML::Node& node) const;
  void error(const model::SourcePos& pos, std::string message, std::string hint = {});
  void error(const YAML::Node& at, std::string message, std::string hint = {});

  // Reports every key of `map` that is not in `allowed` (with a suggestion),
  // every duplicate key, and each `required` key that is missing; `what` names
  // the map in messages ("profile", "rule 'x'"). False when any was reported.
  bool check_keys(const YAML::Node& map,
                  const std::vector<std::string_view>& allowed,
                  const std::vector<std::string_view>& required,
                  std::string_view what);

  // Typed readers. `what` names the value in messages ("'team_size'").
  std::optional<std::string> string(const YAML::Node& node, std::string_view what);
  std::optional<std::int64_t> integer(const YAML::Node& node, std::string_view what);
  std::optional<double> number(const YAML::Node& node, std::string_view what);
  std::optional<bool> boolean(const YAML::Node& node, std::string_view what);
  bool expect_map(const YAML::Node& node, std::string_view what);
  bool expect_sequence(const YAML::Node& node, std::string_view what);

  // "a list", "a map", "nothing", or the quoted scalar: for "got X" messages.
  static std::string describe(const YAML::Node& node);

  const std::string& name() const { return m_source.name; }
  std::size_t error_count() const { return m_errors; }

private:
  void report_parse_error(const YAML::Exception& e);
  void report_document_problem(const DocumentProblem& problem);

  SourceText m_source;
  model::Domain m_domain;
  model::Diagnostics& m_out;
  std::size_t m_errors = 0;
  model::SourcePos m_last_pos; // where to point when a node has no mark
};

// The value under `key` in `map`, or nothing. Unlike yaml-cpp's operator[] it
// never inserts and never throws.
std::optional<YAML::Node> find_key(const YAML::Node& map, std::string_view key);

// True for a scalar written without quotes (so `2000` but not `"2000"`).
bool is_plain_scalar(const YAML::Node& node);

} // namespace framewise::load
