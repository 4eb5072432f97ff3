#include <framewise/load/document_scan.hpp>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace framewise::load {

namespace {

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

// Stops at a second document or a parser that makes no progress, sizes every
// anchored node (the node plus everything under it, aliases expanded) and adds
// up what each alias stands for.
class Scanner : public YAML::EventHandler
{
public:
  void
  OnDocumentStart(const YAML::Mark& mark) override
  {
    if (m_documents > 0 && offset_of(mark) == m_document_start) {
      throw Stop{{DocumentProblem::Kind::stuck, offset_of(mark)}};
    }
    ++m_documents;
    m_document_start = offset_of(mark);
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string&) override
  {
    leaf(mark, anchor);
  }
  void
  OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    node_at(mark);
    // yaml-cpp lets an alias point into the node being built: a cycle no
    // walk could finish.
    if (std::any_of(m_open.begin(), m_open.end(), [&](const Open& open) { return open.anchor == anchor; })) {
      throw Stop{{DocumentProblem::Kind::alias_cycle, offset_of(mark)}};
    }
    const auto found = m_sizes.find(anchor);
    const std::size_t size = found == m_sizes.end() ? 1 : found->second;
    m_expanded = std::min(m_expanded + size, k_max_alias_expansion + 1);
    if (m_expanded > k_max_alias_expansion) {
      throw Stop{{DocumentProblem::Kind::alias_expansion, offset_of(mark)}};
    }
    add(size);
  }
  void
  OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
  {
    node_at(mark);
    m_open.push_back({anchor, 1});
  }
  void OnSequenceEnd() override { close(); }
  void
  OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
  {
    node_at(mark);
    m_open.push_back({anchor, 1});
  }
  void OnMapEnd() override { close(); }

private:
  struct Open
  {
    YAML::anchor_t anchor;
    std::size_t size;
  };

  // The first node of a second document is where the problem is shown.
  void
  node_at(const YAML::Mark& mark) const
  {
    if (m_documents > 1) {
      throw Stop{{DocumentProblem::Kind::second_document, offset_of(mark)}};
    }
  }

  void
  leaf(const YAML::Mark& mark, YAML::anchor_t anchor)
  {
    node_at(mark);
    if (anchor != YAML::NullAnchor) {
      m_sizes[anchor] = 1;
    }
    add(1);
  }

  void
  close()
  {
    const Open done = m_open.back();
    m_open.pop_back();
    if (done.anchor != YAML::NullAnchor) {
      m_sizes[done.anchor] = done.size;
    }
    add(done.size);
  }

  // Sizes saturate just past the bound, so no sum can overflow.
  void
  add(std::size_t size)
  {
    if (!m_open.empty()) {
      m_open.back().size = std::min(m_open.back().size + size, k_max_alias_expansion + 1);
    }
  }

  std::unordered_map<YAML::anchor_t, std::size_t> m_sizes;
  std::vector<Open> m_open;
  std::size_t m_expanded = 0;
  std::size_t m_documents = 0;
  std::size_t m_document_start = 0;
};

} // namespace

std::optional<DocumentProblem>
scan_document(std::string_view text)
{
  std::istringstream stream{std::string(text)};
  YAML::Parser parser(stream);
  Scanner scanner;
  try {
    while (parser.HandleNextDocument(scanner)) {
    }
  } catch (const Stop& stop) {
    return stop.problem;
  }
  return std::nullopt;
}

} // namespace framewise::load
