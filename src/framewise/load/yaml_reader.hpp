#pragma once

#include <framewise/load/source_text.hpp>
#include <framewise/load/yaml_tree.hpp>
#include <framewise/model/diagnostic.hpp>

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
// The nodes it hands out live as long as the reader.
class YamlReader
{
public:
  YamlReader(SourceText source, model::Domain domain, model::Diagnostics& out);
  YamlReader(const YamlReader&) = delete;
  YamlReader& operator=(const YamlReader&) = delete;

  // The document's root node; nothing after a problem (too large, binary,
  // malformed, empty, or more than one document).
  std::optional<YamlNode> parse();

  model::SourcePos pos(YamlNode node) const;
  void error(const model::SourcePos& pos, std::string message, std::string hint = {});
  void error(YamlNode at, std::string message, std::string hint = {});

  // Reports every key of `map` that is not in `allowed` (with a suggestion),
  // every duplicate key, and each `required` key that is missing; `what` names
  // the map in messages ("profile", "rule 'x'"). False when any was reported.
  bool check_keys(YamlNode map, const std::vector<std::string_view>& allowed,
                  const std::vector<std::string_view>& required, std::string_view what);

  // Typed readers. `what` names the value in messages ("'team_size'").
  std::optional<std::string> string(YamlNode node, std::string_view what);
  // With `range`, a number too large for 64 bits is said to be out of it.
  struct IntegerRange
  {
    std::int64_t min;
    std::int64_t max;
    std::string name; // "'team_size'", for "... is out of range for 'team_size'"
  };
  std::optional<std::int64_t> integer(YamlNode node, std::string_view what,
                                      const std::optional<IntegerRange>& range = std::nullopt);
  std::optional<double> number(YamlNode node, std::string_view what);
  std::optional<bool> boolean(YamlNode node, std::string_view what);
  bool expect_map(YamlNode node, std::string_view what);
  bool expect_sequence(YamlNode node, std::string_view what);

  // "a list", "a map", "nothing", or the quoted scalar: for "got X" messages.
  static std::string describe(YamlNode node);

  const std::string&
  name() const
  {
    return m_source.name;
  }
  std::size_t
  error_count() const
  {
    return m_errors;
  }

private:
  // `mark_line` and `mark_column` 0-based, the column in code points.
  void report_parse_error(const std::string& message, std::int64_t mark_line, std::int64_t mark_column);
  void report_document_problem(const DocumentProblem& problem);

  SourceText m_source;
  model::Domain m_domain;
  model::Diagnostics& m_out;
  YamlDocument m_document;
  std::size_t m_errors = 0;
  model::SourcePos m_last_pos; // where to point when a node has no mark
};

// The value under the first `key` in `map`, or nothing.
std::optional<YamlNode> find_key(YamlNode map, std::string_view key);

} // namespace framewise::load
