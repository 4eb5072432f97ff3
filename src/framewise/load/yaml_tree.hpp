#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace YAML {
struct Mark;
}

namespace framewise::load {

class ColumnCounter;

// The most values YAML aliases (`*name`) may stand for in one file. An alias
// shares its anchored node instead of copying it, but every walk over the
// document visits it once per alias, so nested aliases ("billion laughs")
// would make a 1 KB file cost billions of steps.
inline constexpr std::size_t k_max_alias_expansion = 10000;

struct YamlNodeData;
struct YamlEntry;

// One node of a parsed YAML document: a cheap handle into the YamlDocument
// that owns it, valid as long as that document. A default handle is "no node"
// (a key that is absent); it reads as null and has no position.
class YamlNode
{
public:
  enum class Kind : std::uint8_t
  {
    null,
    scalar,
    sequence,
    map
  };

  YamlNode() = default;
  explicit YamlNode(const YamlNodeData* data)
      : m_data(data)
  {}

  bool
  exists() const
  {
    return m_data != nullptr;
  }
  Kind kind() const;
  bool
  is_null() const
  {
    return kind() == Kind::null;
  }
  bool
  is_scalar() const
  {
    return kind() == Kind::scalar;
  }
  bool
  is_sequence() const
  {
    return kind() == Kind::sequence;
  }
  bool
  is_map() const
  {
    return kind() == Kind::map;
  }

  // The text of a scalar, escapes decoded; empty for any other node.
  const std::string& scalar() const;
  // True for a scalar written without quotes or tag (so `2000`, not `"2000"`).
  bool is_plain() const;

  // 1-based line and column where the node starts (0 for no node); columns
  // count code points. An alias is its anchored node, so it has the anchor's
  // position.
  std::uint32_t line() const;
  std::uint32_t column() const;

  // Entries of a map or items of a sequence, in file order (a map keeps a
  // duplicate key as a second entry); empty for any other node.
  std::span<const YamlEntry> entries() const;
  std::span<const YamlNode> items() const;
  // Number of entries or items; 0 for scalars and null.
  std::size_t size() const;

private:
  const YamlNodeData* m_data = nullptr;
};

struct YamlEntry
{
  YamlNode key;
  YamlNode value;
};

struct YamlNodeData
{
  YamlNode::Kind kind = YamlNode::Kind::null;
  bool plain = false;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string scalar;
  std::vector<YamlNode> items;
  std::vector<YamlEntry> entries;
};

// What makes a syntactically valid text unfit to read, at byte `offset`.
struct DocumentProblem
{
  enum class Kind
  {
    stuck,           // the parser cannot start a node here (a stray ',' at the
                     // top level) and yaml-cpp would loop forever on it
    second_document, // a second document starts here ('---')
    alias_expansion, // this alias takes the total past k_max_alias_expansion
    alias_cycle,     // this alias names a node it is inside of
  };
  Kind kind;
  std::size_t offset;
};

// The nodes of one parsed document. Not copyable: handles point into it.
class YamlDocument
{
public:
  YamlDocument() = default;
  YamlDocument(const YamlDocument&) = delete;
  YamlDocument& operator=(const YamlDocument&) = delete;

  // The root node; a null node for a text of only comments or `~`.
  YamlNode
  root() const
  {
    return m_root;
  }

private:
  friend class YamlTreeBuilder;
  friend class YamlFastPath;
  friend class JsonTreeBuilder;
  std::deque<YamlNodeData> m_nodes; // a deque: growing it moves no node
  YamlNode m_root;
};

// Parses `text` into `document` and stops at the first problem, which it
// returns. Plain block-style text (most profiles) is read by the fast path of
// load/yaml_fast_path.hpp; anything else in one pass of yaml-cpp's event
// parser. Throws YAML::Exception on
// malformed YAML (the caller words it). Never loops forever and never builds
// a document whose walk could explode.
std::optional<DocumentProblem> parse_yaml(std::string_view text, YamlDocument& document);

// The 1-based column, in code points, of a yaml-cpp mark in the text that
// `columns` counts (yaml-cpp counts bytes).
std::uint32_t code_point_column(const YAML::Mark& mark, ColumnCounter& columns);

// parse_yaml without its fast path for plain block-style text
// (load/yaml_fast_path.hpp): always yaml-cpp. For tests that compare the two.
std::optional<DocumentProblem> parse_yaml_with_yaml_cpp(std::string_view text, YamlDocument& document);

} // namespace framewise::load
