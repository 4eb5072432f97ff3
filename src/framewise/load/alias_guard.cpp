#include <framewise/load/alias_guard.hpp>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace framewise::load {

namespace {

// Thrown to stop the parser at the first alias past the bound.
struct TooManyAliased
{
  YAML::Mark mark;
};

// Sizes every anchored node (the node plus everything under it, aliases
// expanded) and adds up what each alias stands for.
class ExpansionCounter : public YAML::EventHandler
{
public:
  void OnDocumentStart(const YAML::Mark&) override { m_sizes.clear(); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { leaf(anchor); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t anchor, const std::string&) override
  {
    leaf(anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    const auto found = m_sizes.find(anchor);
    const std::size_t size = found == m_sizes.end() ? 1 : found->second;
    m_expanded = std::min(m_expanded + size, k_max_alias_expansion + 1);
    if (m_expanded > k_max_alias_expansion) {
      throw TooManyAliased{mark};
    }
    add(size);
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
  {
    m_open.push_back({anchor, 1});
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
  {
    m_open.push_back({anchor, 1});
  }
  void OnMapEnd() override { close(); }

private:
  struct Open
  {
    YAML::anchor_t anchor;
    std::size_t size;
  };

  void
  leaf(YAML::anchor_t anchor)
  {
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
};

// Byte offset of a yaml-cpp mark: its `pos` counts the bytes read so far.
std::size_t
offset_of(std::string_view text, const YAML::Mark& mark)
{
  if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) <= text.size()) {
    return static_cast<std::size_t>(mark.pos);
  }
  return 0;
}

} // namespace

std::optional<model::Diagnostic>
check_alias_expansion(const SourceText& source, model::Domain domain)
{
  // No '*', no alias: skip the second parse for every ordinary file.
  if (source.text.find('*') == std::string_view::npos) {
    return std::nullopt;
  }
  std::istringstream stream{std::string(source.text)};
  YAML::Parser parser(stream);
  ExpansionCounter counter;
  try {
    while (parser.HandleNextDocument(counter)) {
    }
  } catch (const TooManyAliased& stop) {
    return diagnostic_at(source,
                         domain,
                         offset_of(source.text, stop.mark),
                         fmt::format("aliases expand this file to more than {} values", k_max_alias_expansion),
                         "write the values out instead of repeating them with '*' aliases");
  }
  return std::nullopt;
}

} // namespace framewise::load
