#include <framewise/load/pack_test_loader.hpp>
#include <framewise/load/profile_loader.hpp>
#include <framewise/load/spellcheck.hpp>
#include <framewise/load/yaml_reader.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace framewise::load {

namespace {

// A case id is printed on every result line and names a JUnit test case.
constexpr std::size_t k_max_case_id_chars = 100;

class PackTestReader
{
public:
  PackTestReader(const SourceText& source, const model::RulePack& pack, model::Diagnostics& out)
      : m_reader(source, model::Domain::rules, out)
      , m_pack(pack)
  {}

  std::optional<std::vector<model::PackTestCase>>
  run()
  {
    const auto root = m_reader.parse();
    if (!root || !m_reader.expect_map(*root, "a test-case file")) {
      return std::nullopt;
    }
    m_reader.check_keys(*root, {"cases"}, {"cases"}, "a test-case file");
    if (const auto cases = find_key(*root, "cases"); cases && m_reader.expect_sequence(*cases, "'cases'")) {
      for (const YamlNode node : cases->items()) {
        read_case(node);
      }
    }
    if (m_reader.error_count() != 0) {
      return std::nullopt;
    }
    return std::move(m_cases);
  }

private:
  void
  read_case(YamlNode node)
  {
    if (!m_reader.expect_map(node, "a test case")) {
      return;
    }
    const auto id_node = find_key(node, "id");
    const std::string id = id_node ? m_reader.string(*id_node, "'id'").value_or("") : "";
    const std::string what = id.empty() ? std::string("a test case") : fmt::format("test case '{}'", id);
    m_reader.check_keys(node, {"id", "description", "source", "answers", "expect"}, {"id", "answers", "expect"}, what);
    if (!id_node || id.empty()) {
      if (id_node) {
        m_reader.error(*id_node, "a test case's 'id' is empty");
      }
      return;
    }
    if (id.size() > k_max_case_id_chars) {
      m_reader.error(*id_node, fmt::format("a test case's 'id' is longer than {} characters", k_max_case_id_chars));
      return;
    }
    for (const auto& other : m_cases) {
      if (other.id == id) {
        m_reader.error(*id_node, fmt::format("duplicate test case id '{}'", id),
                       fmt::format("first defined at {}:{}:{}", other.pos.file, other.pos.line, other.pos.column));
        return;
      }
    }
    model::PackTestCase test_case;
    test_case.id = id;
    test_case.pos = m_reader.pos(node);
    if (const auto description = find_key(node, "description")) {
      test_case.description = m_reader.string(*description, "'description'").value_or("");
    }
    if (const auto source = find_key(node, "source")) {
      test_case.source = m_reader.string(*source, "'source'").value_or("");
    }
    const auto answers = find_key(node, "answers");
    const auto expect = find_key(node, "expect");
    if (!answers || !expect) {
      return; // reported by check_keys
    }
    // Both read whatever the other finds, so one run reports every problem.
    auto profile = read_answers(m_reader, *answers, m_pack);
    auto expectation = read_expectation(*expect, what);
    if (!profile || !expectation) {
      return;
    }
    test_case.answers = std::move(profile->answers);
    test_case.expect = std::move(*expectation);
    m_cases.push_back(std::move(test_case));
  }

  std::optional<model::CaseExpectation>
  read_expectation(YamlNode node, const std::string& what)
  {
    if (!m_reader.expect_map(node, fmt::format("'expect' of {}", what))) {
      return std::nullopt;
    }
    const std::size_t errors_before = m_reader.error_count();
    m_reader.check_keys(node, {"recommendation", "ranking", "min_lead", "fires", "not_fires"}, {},
                        fmt::format("'expect' of {}", what));
    if (node.size() == 0) {
      m_reader.error(node, fmt::format("'expect' of {} expects nothing", what),
                     "give at least one of: recommendation, ranking, min_lead, fires, not_fires");
    }
    model::CaseExpectation expect;
    if (const auto pick = find_key(node, "recommendation")) {
      if (const auto index = framework(*pick)) {
        expect.recommendation = *index;
      }
    }
    if (const auto ranking = find_key(node, "ranking"); ranking && m_reader.expect_sequence(*ranking, "'ranking'")) {
      for (const YamlNode entry : ranking->items()) {
        const auto index = framework(entry);
        if (!index) {
          continue;
        }
        if (std::find(expect.ranking.begin(), expect.ranking.end(), *index) != expect.ranking.end()) {
          m_reader.error(entry, fmt::format("'{}' is listed twice in 'ranking'", entry.scalar()));
          continue;
        }
        expect.ranking.push_back(*index);
      }
      if (ranking->size() == 0) {
        m_reader.error(*ranking, "'ranking' is empty", "list the frameworks expected first, in order");
      }
    }
    if (const auto lead = find_key(node, "min_lead")) {
      const auto value = m_reader.number(*lead, "'min_lead'");
      if (value && (*value < 0 || *value > 100)) {
        m_reader.error(*lead, fmt::format("'min_lead' {} is out of range", *value),
                       "the lead is from 0 to 100 score points");
      } else if (value) {
        expect.min_lead = *value;
      }
    }
    expect.fires = items(node, "fires");
    expect.not_fires = items(node, "not_fires");
    for (const auto& item : expect.not_fires) {
      if (std::find_if(expect.fires.begin(), expect.fires.end(), [&](const model::PackItemRef& other) {
            return other.kind == item.kind && other.index == item.index;
          }) != expect.fires.end()) {
        m_reader.error(item.pos, "an id is in both 'fires' and 'not_fires'", "a case can expect only one of them");
      }
    }
    if (m_reader.error_count() != errors_before) {
      return std::nullopt;
    }
    return expect;
  }

  std::optional<std::uint32_t>
  framework(YamlNode node)
  {
    const auto id = m_reader.string(node, "a framework");
    if (!id) {
      return std::nullopt;
    }
    const int index = m_pack.framework_index(*id);
    if (index >= 0) {
      return static_cast<std::uint32_t>(index);
    }
    std::vector<std::string> ids;
    for (const auto& entry : m_pack.frameworks) {
      ids.push_back(entry.id);
    }
    const std::string suggestion = closest_match(*id, ids);
    m_reader.error(node, fmt::format("unknown framework '{}'", *id),
                   suggestion.empty() ? fmt::format("expected one of: {}", fmt::join(ids, ", "))
                                      : fmt::format("did you mean '{}'?", suggestion));
    return std::nullopt;
  }

  // The ids under `key`: each a mistake or a rule of the pack (a mistake when
  // both have it).
  std::vector<model::PackItemRef>
  items(YamlNode expect, std::string_view key)
  {
    std::vector<model::PackItemRef> refs;
    const auto node = find_key(expect, key);
    if (!node || !m_reader.expect_sequence(*node, fmt::format("'{}'", key))) {
      return refs;
    }
    for (const YamlNode entry : node->items()) {
      const auto id = m_reader.string(entry, fmt::format("an item of '{}'", key));
      if (!id) {
        continue;
      }
      model::PackItemRef ref;
      ref.pos = m_reader.pos(entry);
      if (const auto mistake = index_of(m_pack.mistakes, *id)) {
        ref.kind = model::PackItemKind::mistake;
        ref.index = *mistake;
      } else if (const auto rule = index_of(m_pack.rules, *id)) {
        ref.kind = model::PackItemKind::rule;
        ref.index = *rule;
      } else {
        std::vector<std::string> ids;
        for (const auto& mistake_item : m_pack.mistakes) {
          ids.push_back(mistake_item.id);
        }
        for (const auto& rule_item : m_pack.rules) {
          ids.push_back(rule_item.id);
        }
        const std::string suggestion = closest_match(*id, ids);
        m_reader.error(entry, fmt::format("'{}' is neither a rule nor a mistake of the pack", *id),
                       suggestion.empty() ? "'framewise mistakes' lists the mistakes; rule ids are in the pack's files"
                                          : fmt::format("did you mean '{}'?", suggestion));
        continue;
      }
      if (std::find_if(refs.begin(), refs.end(), [&](const model::PackItemRef& other) {
            return other.kind == ref.kind && other.index == ref.index;
          }) != refs.end()) {
        m_reader.error(entry, fmt::format("'{}' is listed twice in '{}'", *id, key));
        continue;
      }
      refs.push_back(std::move(ref));
    }
    return refs;
  }

  template <typename Items>
  static std::optional<std::uint32_t>
  index_of(const Items& items, const std::string& id)
  {
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].id == id) {
        return static_cast<std::uint32_t>(i);
      }
    }
    return std::nullopt;
  }

  YamlReader m_reader;
  const model::RulePack& m_pack;
  std::vector<model::PackTestCase> m_cases;
};

} // namespace

std::optional<std::vector<model::PackTestCase>>
load_pack_tests(const SourceText& source, const model::RulePack& pack, model::Diagnostics& diagnostics)
{
  return PackTestReader(source, pack, diagnostics).run();
}

} // namespace framewise::load
