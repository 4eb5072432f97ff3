#include <framewise/load/source_text.hpp>
#include <framewise/load/yaml_fast_path.hpp>
#include <framewise/load/yaml_tree.hpp>
#include <framewise/model/utf8.hpp>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <istream>
#include <streambuf>

namespace framewise::load {

YamlNode::Kind
YamlNode::kind() const
{
  return m_data ? m_data->kind : Kind::null;
}

const std::string&
YamlNode::scalar() const
{
  static const std::string k_empty;
  return m_data && m_data->kind == Kind::scalar ? m_data->scalar : k_empty;
}

bool
YamlNode::is_plain() const
{
  return m_data && m_data->kind == Kind::scalar && m_data->plain;
}

std::uint32_t
YamlNode::line() const
{
  return m_data ? m_data->line : 0;
}

std::uint32_t
YamlNode::column() const
{
  return m_data ? m_data->column : 0;
}

std::span<const YamlEntry>
YamlNode::entries() const
{
  return m_data ? std::span<const YamlEntry>(m_data->entries) : std::span<const YamlEntry>();
}

std::span<const YamlNode>
YamlNode::items() const
{
  return m_data ? std::span<const YamlNode>(m_data->items) : std::span<const YamlNode>();
}

std::size_t
YamlNode::size() const
{
  return entries().size() + items().size();
}

namespace {

// yaml-cpp decodes YAML 1.2's escapes "\_" (U+00A0) and "\N" (U+0085) of a
// double-quoted scalar to the lone bytes 0xA0 and 0x85 instead of their UTF-8
// forms. The text was checked to be valid UTF-8 before parsing, so such a
// byte, where no valid sequence starts, can only come from one of them.
std::string
with_escapes_as_utf8(const std::string& value)
{
  if (value.find_first_of("\xA0\x85") == std::string::npos) {
    return value;
  }
  std::string out;
  for (std::size_t i = 0; i < value.size();) {
    const std::size_t length = model::utf8_sequence_length(value, i);
    const auto byte = static_cast<unsigned char>(value[i]);
    if (length == 0 && (byte == 0xA0 || byte == 0x85)) {
      out += static_cast<char>(0xC2);
      out += value[i];
      ++i;
      continue;
    }
    const std::size_t take = length == 0 ? 1 : length;
    out.append(value, i, take);
    i += take;
  }
  return out;
}

// Thrown to stop the parser at the first problem.
struct Stop
{
  DocumentProblem problem;
};

std::size_t
offset_of(const YAML::Mark& mark)
{
  return mark.pos > 0 ? static_cast<std::size_t>(mark.pos) : 0;
}

// Lets yaml-cpp read the text where it is: an istringstream would copy it.
class ViewBuffer : public std::streambuf
{
public:
  explicit ViewBuffer(std::string_view text)
  {
    char* begin = const_cast<char*>(text.data()); // read only: get area, no put area
    setg(begin, begin, begin + text.size());
  }
};

} // namespace

std::uint32_t
code_point_column(const YAML::Mark& mark, ColumnCounter& columns)
{
  // yaml-cpp's column counts the bytes since the start of the line.
  const auto offset = static_cast<std::size_t>(std::max(mark.pos, 0));
  const auto bytes_before = static_cast<std::size_t>(std::max(mark.column, 0));
  if (bytes_before > offset) {
    return static_cast<std::uint32_t>(bytes_before + 1);
  }
  return columns.column(offset - bytes_before, offset);
}

// Builds the nodes as yaml-cpp's events arrive, and meanwhile stops at a
// second document, at a parser that makes no progress, and at aliases that
// would expand past the bound or into a cycle. Every anchored node is sized
// (itself plus everything under it, aliases expanded) so an alias adds what
// it stands for.
class YamlTreeBuilder : public YAML::EventHandler
{
public:
  YamlTreeBuilder(std::string_view text, YamlDocument& document)
      : m_document(document)
      , m_columns(text)
  {}

  void
  OnDocumentStart(const YAML::Mark& mark) override
  {
    if (m_documents > 0 && offset_of(mark) == m_document_start) {
      throw Stop{{DocumentProblem::Kind::stuck, offset_of(mark)}};
    }
    ++m_documents;
    m_document_start = offset_of(mark);
  }
  void
  OnDocumentEnd() override
  {}

  void
  OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    YamlNodeData& node = make(mark);
    finish_leaf(node, anchor);
  }

  void
  OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override
  {
    YamlNodeData& node = make(mark);
    node.kind = YamlNode::Kind::scalar;
    node.plain = tag == "?"; // yaml-cpp tags plain scalars "?", quoted ones "!"
    node.scalar = node.plain ? value : with_escapes_as_utf8(value);
    finish_leaf(node, anchor);
  }

  void
  OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    in_first_document(mark);
    // yaml-cpp lets an alias point into the node being built: a cycle no
    // walk could finish.
    if (std::any_of(m_open.begin(), m_open.end(), [&](const Open& open) { return open.anchor == anchor; })) {
      throw Stop{{DocumentProblem::Kind::alias_cycle, offset_of(mark)}};
    }
    const Anchored found = anchor < m_anchors.size() ? m_anchors[anchor] : Anchored{};
    const std::size_t size = found.node.exists() ? found.size : 1;
    m_expanded = std::min(m_expanded + size, k_max_alias_expansion + 1);
    if (m_expanded > k_max_alias_expansion) {
      throw Stop{{DocumentProblem::Kind::alias_expansion, offset_of(mark)}};
    }
    attach(found.node.exists() ? found.node : YamlNode(&make(mark)), size);
  }

  void
  OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
  {
    open(mark, anchor, YamlNode::Kind::sequence);
  }
  void
  OnSequenceEnd() override
  {
    close();
  }

  void
  OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
  {
    open(mark, anchor, YamlNode::Kind::map);
  }
  void
  OnMapEnd() override
  {
    close();
  }

private:
  struct Open
  {
    YamlNodeData* node;
    YAML::anchor_t anchor;
    std::size_t size; // values under it so far, aliases expanded
    YamlNode key;     // of a map: the key waiting for its value
  };

  struct Anchored
  {
    YamlNode node;
    std::size_t size = 0;
  };

  // The first node of a second document is where that problem is shown.
  void
  in_first_document(const YAML::Mark& mark) const
  {
    if (m_documents > 1) {
      throw Stop{{DocumentProblem::Kind::second_document, offset_of(mark)}};
    }
  }

  YamlNodeData&
  make(const YAML::Mark& mark)
  {
    in_first_document(mark);
    YamlNodeData& node = m_document.m_nodes.emplace_back();
    if (mark.line >= 0) {
      node.line = static_cast<std::uint32_t>(mark.line + 1);
      node.column = code_point_column(mark, m_columns);
    }
    return node;
  }

  void
  finish_leaf(YamlNodeData& node, YAML::anchor_t anchor)
  {
    remember(anchor, YamlNode(&node), 1);
    attach(YamlNode(&node), 1);
  }

  void
  open(const YAML::Mark& mark, YAML::anchor_t anchor, YamlNode::Kind kind)
  {
    YamlNodeData& node = make(mark);
    node.kind = kind;
    m_open.push_back({&node, anchor, 1, YamlNode()});
  }

  void
  close()
  {
    const Open done = m_open.back();
    m_open.pop_back();
    remember(done.anchor, YamlNode(done.node), done.size);
    attach(YamlNode(done.node), done.size);
  }

  void
  remember(YAML::anchor_t anchor, YamlNode node, std::size_t size)
  {
    if (anchor == YAML::NullAnchor) {
      return;
    }
    if (anchor >= m_anchors.size()) {
      m_anchors.resize(anchor + 1);
    }
    m_anchors[anchor] = {node, size};
  }

  // Adds a finished node to the collection open around it, or makes it the
  // root. Sizes saturate just past the bound, so no sum can overflow.
  void
  attach(YamlNode node, std::size_t size)
  {
    if (m_open.empty()) {
      m_document.m_root = node;
      return;
    }
    Open& parent = m_open.back();
    parent.size = std::min(parent.size + size, k_max_alias_expansion + 1);
    if (parent.node->kind == YamlNode::Kind::sequence) {
      parent.node->items.push_back(node);
    } else if (!parent.key.exists()) {
      parent.key = node;
    } else {
      parent.node->entries.push_back({parent.key, node});
      parent.key = YamlNode();
    }
  }

  YamlDocument& m_document;
  ColumnCounter m_columns;
  std::vector<Open> m_open;
  std::vector<Anchored> m_anchors; // by yaml-cpp's anchor number
  std::size_t m_expanded = 0;
  std::size_t m_documents = 0;
  std::size_t m_document_start = 0;
};

std::optional<DocumentProblem>
parse_yaml(std::string_view text, YamlDocument& document)
{
  if (parse_yaml_fast_path(text, document)) {
    return std::nullopt;
  }
  return parse_yaml_with_yaml_cpp(text, document);
}

std::optional<DocumentProblem>
parse_yaml_with_yaml_cpp(std::string_view text, YamlDocument& document)
{
  ViewBuffer buffer(text);
  std::istream stream(&buffer);
  YAML::Parser parser(stream);
  YamlTreeBuilder builder(text, document);
  try {
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const Stop& stop) {
    return stop.problem;
  }
  return std::nullopt;
}

} // namespace framewise::load
