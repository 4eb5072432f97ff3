#include <framewise/load/condition_parser.hpp>
#include <framewise/load/pack_loader.hpp>
#include <framewise/load/pack_requires.hpp>
#include <framewise/load/spellcheck.hpp>
#include <framewise/load/yaml_reader.hpp>
#include <framewise/model/boolean_words.hpp>
#include <framewise/model/package_name.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>

namespace framewise::load {

namespace {

using model::QuestionType;

constexpr std::array<std::string_view, 9> k_sections = {
  "frameworks", "questions", "scoring", "rules", "mistakes", "comparison", "debug_guide", "cheat_sheet", "evidence"};

// One list item of a section, remembered with the reader of its file so that
// problems found while building it point into the right file.
struct Item
{
  YamlReader* reader = nullptr;
  YamlNode node;
  std::string id;
  std::size_t layer = 0;
};

struct Section
{
  std::vector<Item> items;
};

class PackBuilder
{
public:
  explicit PackBuilder(model::Diagnostics& diagnostics)
      : m_diagnostics(diagnostics)
  {}

  std::optional<model::RulePack>
  run(std::span<const PackLayer> layers)
  {
    for (std::size_t layer = 0; layer < layers.size(); ++layer) {
      for (const auto& file : layers[layer].files) {
        collect_file(file, layer);
      }
      apply_disables(layer); // before the next layer, which may add the id again
    }
    if (!m_diagnostics.empty()) {
      return std::nullopt;
    }
    build_frameworks();
    build_questions();
    build_scoring();
    if (m_pack.frameworks.size() < 2) {
      pack_error("a rule pack needs at least two frameworks");
    }
    if (m_pack.questions.empty()) {
      pack_error("a rule pack needs at least one question");
    }
    if (!m_diagnostics.empty()) {
      return std::nullopt; // rules cannot be checked against broken questions
    }
    build_rules();
    build_mistakes();
    build_comparison();
    build_debug_entries("debug_guide", m_pack.debug_guide);
    build_debug_entries("cheat_sheet", m_pack.cheat_sheet);
    build_evidence();
    if (!m_diagnostics.empty()) {
      return std::nullopt;
    }
    return std::move(m_pack);
  }

private:
  void
  pack_error(std::string message)
  {
    model::Diagnostic diagnostic;
    diagnostic.domain = model::Domain::rules;
    diagnostic.message = std::move(message);
    m_diagnostics.push_back(std::move(diagnostic));
  }

  Section&
  section(std::string_view name)
  {
    const auto at = std::find(k_sections.begin(), k_sections.end(), name);
    return m_sections[static_cast<std::size_t>(at - k_sections.begin())];
  }

  void
  collect_file(const SourceText& file, std::size_t layer)
  {
    auto& reader = *m_readers.emplace_back(std::make_unique<YamlReader>(file, model::Domain::rules, m_diagnostics));
    const auto root = reader.parse();
    if (!root || !reader.expect_map(*root, "a rule-pack file")) {
      return;
    }
    std::vector<std::string_view> keys(k_sections.begin(), k_sections.end());
    keys.push_back("requires");
    keys.push_back("disable");
    reader.check_keys(*root, keys, {}, "a rule-pack file");
    if (const auto requirement = find_key(*root, "requires")) {
      check_requires(reader, *requirement, FRAMEWISE_VERSION);
    }
    if (const auto disable = find_key(*root, "disable"); disable && reader.expect_sequence(*disable, "'disable'")) {
      for (const YamlNode node : disable->items()) {
        if (auto id = reader.string(node, "an id of 'disable'")) {
          m_disables.push_back(Disable{&reader, node, std::move(*id)});
        }
      }
    }
    for (const YamlEntry& entry : root->entries()) {
      const std::string& name = entry.key.scalar();
      if (std::find(k_sections.begin(), k_sections.end(), name) == k_sections.end()) {
        continue; // `requires`, checked above, or reported by check_keys
      }
      if (name == "scoring") {
        if (reader.expect_map(entry.value, "'scoring'")) {
          m_scoring = Item{&reader, entry.value, "scoring", layer};
        }
        continue;
      }
      if (!reader.expect_sequence(entry.value, fmt::format("section '{}'", name))) {
        continue;
      }
      for (const YamlNode node : entry.value.items()) {
        add_item(section(name), reader, node, layer, name);
      }
    }
  }

  // `disable: [ID, ...]` of the files of `layer`: each id must name a rule
  // or mistake of a lower layer, which is removed.
  void
  apply_disables(std::size_t layer)
  {
    for (const auto& disable : m_disables) {
      bool found = false;
      std::vector<std::string> ids;
      for (const std::string_view name : {"rules", "mistakes"}) {
        auto& items = section(name).items;
        for (auto it = items.begin(); it != items.end();) {
          ids.push_back(it->id);
          if (it->id != disable.id) {
            ++it;
            continue;
          }
          if (it->layer == layer) {
            const auto at = it->reader->pos(it->node);
            disable.reader->error(disable.node,
                                  fmt::format("'disable' names '{}', which this layer defines itself", disable.id),
                                  fmt::format("defined at {}:{}:{}; disable only what a lower layer defines, or "
                                              "delete the item",
                                              at.file, at.line, at.column));
            found = true;
            ++it;
            continue;
          }
          found = true;
          m_pack.layer_changes.push_back({"disable", std::string(name), disable.id, disable.reader->pos(disable.node),
                                          it->reader->pos(it->node), false});
          it = items.erase(it);
        }
      }
      if (!found) {
        const std::string suggestion = closest_match(disable.id, ids);
        disable.reader->error(
          disable.node, fmt::format("'disable' names '{}', which no rule or mistake below this layer has", disable.id),
          suggestion.empty() ? std::string("'disable' takes ids of rules and mistakes of the "
                                           "layers below")
                             : fmt::format("did you mean '{}'?", suggestion));
      }
    }
    m_disables.clear();
  }

  void
  add_item(Section& into, YamlReader& reader, YamlNode node, std::size_t layer, std::string_view section_name)
  {
    const std::string what = fmt::format("an item of '{}'", section_name);
    if (!reader.expect_map(node, what)) {
      return;
    }
    const auto id_node = find_key(node, "id");
    if (!id_node) {
      reader.error(node, fmt::format("{} has no 'id'", what));
      return;
    }
    const auto id = reader.string(*id_node, "'id'");
    if (!id || !check_id(reader, *id_node, *id)) {
      return;
    }
    for (auto& existing : into.items) {
      if (existing.id != *id) {
        continue;
      }
      if (existing.layer == layer) {
        const auto first = existing.reader->pos(existing.node);
        reader.error(*id_node, fmt::format("duplicate id '{}' in '{}'", *id, section_name),
                     fmt::format("first defined at {}:{}:{}", first.file, first.line, first.column));
        return;
      }
      m_pack.layer_changes.push_back({"override", std::string(section_name), *id, reader.pos(node),
                                      existing.reader->pos(existing.node), same_yaml(existing.node, node)});
      existing = Item{&reader, node, *id, layer}; // a later layer overrides
      return;
    }
    into.items.push_back(Item{&reader, node, *id, layer});
  }

  // Whether two nodes hold the same content, wherever they are written:
  // scalars alike (quoted or not), maps with the same keys in the same
  // order, sequences item by item.
  static bool
  same_yaml(YamlNode a, YamlNode b)
  {
    if (a.kind() != b.kind()) {
      return false;
    }
    if (a.is_scalar()) {
      return a.scalar() == b.scalar() && a.is_plain() == b.is_plain();
    }
    if (a.is_sequence()) {
      const auto left = a.items();
      const auto right = b.items();
      return left.size() == right.size() && std::equal(left.begin(), left.end(), right.begin(),
                                                       [](YamlNode x, YamlNode y) { return same_yaml(x, y); });
    }
    if (a.is_map()) {
      const auto left = a.entries();
      const auto right = b.entries();
      return left.size() == right.size() &&
             std::equal(left.begin(), left.end(), right.begin(), [](const YamlEntry& x, const YamlEntry& y) {
               return same_yaml(x.key, y.key) && same_yaml(x.value, y.value);
             });
    }
    return true;
  }

  static bool
  check_id(YamlReader& reader, YamlNode at, const std::string& id)
  {
    const bool valid = !id.empty() && id.size() <= 64 && std::islower(static_cast<unsigned char>(id[0])) &&
                       std::all_of(id.begin(), id.end(), [](char c) {
                         return std::islower(static_cast<unsigned char>(c)) ||
                                std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '-';
                       });
    if (!valid) {
      reader.error(at, fmt::format("id '{}' is not a valid id", id),
                   "use lowercase letters, digits, '_' and '-', starting with a letter");
    }
    return valid;
  }

  // Reads text field `key` of `item`; nothing (and an error when `required`) if absent.
  std::string
  text(const Item& item, std::string_view key, bool required = true)
  {
    const auto node = find_key(item.node, key);
    if (!node) {
      return {}; // a missing required key is reported by check_keys
    }
    const auto value = item.reader->string(*node, fmt::format("'{}' of '{}'", key, item.id));
    if (!value) {
      return {};
    }
    if (required && value->empty()) {
      item.reader->error(*node, fmt::format("'{}' of '{}' is empty", key, item.id));
    }
    return *value;
  }

  std::vector<std::string>
  text_list(const Item& item, std::string_view key)
  {
    std::vector<std::string> values;
    const auto node = find_key(item.node, key);
    if (!node) {
      return values;
    }
    if (!item.reader->expect_sequence(*node, fmt::format("'{}' of '{}'", key, item.id))) {
      return values;
    }
    for (const YamlNode text : node->items()) {
      if (auto value = item.reader->string(text, fmt::format("an item of '{}'", key))) {
        values.push_back(std::move(*value));
      }
    }
    return values;
  }

  void
  build_frameworks()
  {
    for (const auto& item : section("frameworks").items) {
      item.reader->check_keys(item.node, {"id", "name", "summary", "source"}, {"id", "name", "source"},
                              fmt::format("framework '{}'", item.id));
      model::Framework framework;
      framework.id = item.id;
      framework.name = text(item, "name");
      framework.summary = text(item, "summary", false);
      framework.source = text(item, "source");
      framework.pos = item.reader->pos(item.node);
      m_pack.frameworks.push_back(std::move(framework));
    }
  }

  std::optional<QuestionType>
  question_type(const Item& item)
  {
    const auto node = find_key(item.node, "type");
    if (!node) {
      return std::nullopt; // reported by check_keys
    }
    const auto name = item.reader->string(*node, "'type'");
    if (!name) {
      return std::nullopt;
    }
    for (const auto type : {QuestionType::choice, QuestionType::boolean, QuestionType::integer, QuestionType::list}) {
      if (*name == model::to_string(type)) {
        return type;
      }
    }
    item.reader->error(*node, fmt::format("unknown question type '{}'", *name),
                       "expected one of: choice, boolean, integer, list");
    return std::nullopt;
  }

  void
  build_questions()
  {
    for (const auto& item : section("questions").items) {
      item.reader->check_keys(item.node,
                              {"id", "prompt", "help", "type", "options", "open", "alike", "min", "max", "source"},
                              {"id", "prompt", "help", "type", "source"}, fmt::format("question '{}'", item.id));
      if (item.id == "recommendation") {
        item.reader->error(item.node, "'recommendation' is reserved for the engine's pick");
      }
      model::Question question;
      question.id = item.id;
      question.prompt = text(item, "prompt");
      question.help = text(item, "help");
      question.source = text(item, "source");
      question.pos = item.reader->pos(item.node);
      const auto type = question_type(item);
      if (!type) {
        continue;
      }
      question.type = *type;
      build_options(item, question);
      build_alike(item, question);
      build_range(item, question);
      m_pack.questions.push_back(std::move(question));
    }
  }

  void
  build_options(const Item& item, model::Question& question)
  {
    const auto options = find_key(item.node, "options");
    const bool wants_options = question.type == QuestionType::choice || question.type == QuestionType::list;
    if (!wants_options) {
      if (options) {
        item.reader->error(*options, fmt::format("a {} question has no options", model::to_string(question.type)));
      }
      if (const auto open = find_key(item.node, "open")) {
        item.reader->error(*open, "'open' applies only to list questions");
      }
      return;
    }
    if (!options) {
      item.reader->error(item.node, fmt::format("question '{}' needs 'options'", item.id));
      return;
    }
    if (!item.reader->expect_sequence(*options, "'options'")) {
      return;
    }
    for (const YamlNode option_node : options->items()) {
      model::Option option;
      if (option_node.is_map()) {
        item.reader->check_keys(option_node, {"id", "label"}, {"id", "label"}, "an option");
        const auto id = find_key(option_node, "id");
        const auto label = find_key(option_node, "label");
        if (!id || !label) {
          continue;
        }
        option.id = item.reader->string(*id, "'id'").value_or("");
        option.label = item.reader->string(*label, "'label'").value_or("");
      } else if (auto id = item.reader->string(option_node, "an option")) {
        option.id = *id;
        option.label = *id;
      }
      if (option.id.empty() || !check_id(*item.reader, option_node, option.id)) {
        continue;
      }
      if (question.option_index(option.id) >= 0) {
        item.reader->error(option_node, fmt::format("option '{}' is listed twice", option.id));
        continue;
      }
      option.pos = item.reader->pos(option_node);
      question.options.push_back(std::move(option));
    }
    const std::size_t minimum = question.type == QuestionType::choice ? 2 : 1;
    if (question.options.size() < minimum) {
      item.reader->error(*options, fmt::format("question '{}' needs at least {} options", item.id, minimum));
    }
    if (question.options.size() > model::k_max_list_options) {
      item.reader->error(*options,
                         fmt::format("question '{}' has more than {} options", item.id, model::k_max_list_options));
    }
    if (const auto open = find_key(item.node, "open")) {
      if (question.type != QuestionType::list) {
        item.reader->error(*open, "'open' applies only to list questions");
      } else {
        question.open_list = item.reader->boolean(*open, "'open'").value_or(false);
      }
    }
  }

  // `alike: [{options: [ID, ...], reason: TEXT}, ...]`: groups of options the
  // author says no rule tells apart, on purpose. Only their shape is checked
  // here; whether the ids are options and whether a rule does tell them apart
  // is `framewise rules lint`'s to say, for the stacked pack.
  void
  build_alike(const Item& item, model::Question& question)
  {
    const auto alike = find_key(item.node, "alike");
    if (!alike) {
      return;
    }
    if (question.type != QuestionType::choice && question.type != QuestionType::list) {
      item.reader->error(*alike, "'alike' applies only to choice and list questions");
      return;
    }
    if (!item.reader->expect_sequence(*alike, "'alike'")) {
      return;
    }
    for (const YamlNode group_node : alike->items()) {
      if (!item.reader->expect_map(group_node, "an entry of 'alike'")) {
        continue;
      }
      item.reader->check_keys(group_node, {"options", "reason"}, {"options", "reason"}, "an entry of 'alike'");
      model::AlikeOptions group;
      group.pos = item.reader->pos(group_node);
      if (const auto reason = find_key(group_node, "reason")) {
        group.reason = item.reader->string(*reason, "'reason' of an 'alike' entry").value_or("");
        if (group.reason.empty()) {
          item.reader->error(*reason, "'reason' of an 'alike' entry is empty",
                             "say why no rule tells these options apart");
        }
      }
      const auto options = find_key(group_node, "options");
      if (!options || !item.reader->expect_sequence(*options, "'options' of an 'alike' entry")) {
        continue;
      }
      for (const YamlNode option_node : options->items()) {
        auto id = item.reader->string(option_node, "an option of 'alike'");
        if (!id || !check_id(*item.reader, option_node, *id)) {
          continue;
        }
        if (const auto earlier = alike_position(question, group, *id)) {
          item.reader->error(option_node,
                             fmt::format("option '{}' is already in an 'alike' group, at line {}, column {}", *id,
                                         earlier->line, earlier->column),
                             "an option belongs to one group at most; merge the groups");
          continue;
        }
        group.options.push_back({std::move(*id), item.reader->pos(option_node)});
      }
      if (options->items().size() < 2) { // counted as written: a rejected id is reported already
        item.reader->error(*options, "an 'alike' entry needs at least two options");
      }
      question.alike.push_back(std::move(group));
    }
  }

  // Where `id` is already named by an alike group of `question`, or by `group`.
  static std::optional<model::SourcePos>
  alike_position(const model::Question& question, const model::AlikeOptions& group, std::string_view id)
  {
    const auto in = [&](const model::AlikeOptions& named) -> std::optional<model::SourcePos> {
      for (const auto& option : named.options) {
        if (option.id == id) {
          return option.pos;
        }
      }
      return std::nullopt;
    };
    for (const auto& other : question.alike) {
      if (const auto pos = in(other)) {
        return pos;
      }
    }
    return in(group);
  }

  void
  build_range(const Item& item, model::Question& question)
  {
    const auto min = find_key(item.node, "min");
    const auto max = find_key(item.node, "max");
    if (question.type != QuestionType::integer) {
      for (const auto& bound : {min, max}) {
        if (bound) {
          item.reader->error(*bound, "'min' and 'max' apply only to integer questions");
        }
      }
      return;
    }
    if (min) {
      question.min = item.reader->integer(*min, "'min'").value_or(0);
    }
    if (max) {
      question.max = item.reader->integer(*max, "'max'").value_or(question.max);
    }
    if (question.min > question.max) {
      item.reader->error(item.node, fmt::format("question '{}' has min above max", item.id));
    }
  }

  void
  build_scoring()
  {
    if (!m_scoring) {
      return;
    }
    const Item& item = *m_scoring;
    item.reader->check_keys(item.node, {"scale"}, {"scale"}, "'scoring'");
    if (const auto scale = find_key(item.node, "scale")) {
      const auto value = item.reader->number(*scale, "'scale'");
      if (value && (*value < 1 || *value > 1000)) {
        item.reader->error(*scale, "'scale' must be between 1 and 1000");
      } else if (value) {
        m_pack.score_scale = *value;
      }
    }
  }

  std::optional<model::Condition>
  when(const Item& item, RecommendationAccess access)
  {
    const auto node = find_key(item.node, "when");
    if (!node) {
      return std::nullopt; // reported by check_keys
    }
    return compile_condition(*item.reader, *node, m_pack, access);
  }

  // Reads a `{framework: value}` map into one slot per framework.
  template <typename Read>
  std::vector<typename std::invoke_result_t<Read, YamlNode>::value_type>
  per_framework(const Item& item, std::string_view key, bool every_framework, Read read)
  {
    using Value = typename std::invoke_result_t<Read, YamlNode>::value_type;
    std::vector<Value> values(m_pack.frameworks.size());
    const auto node = find_key(item.node, key);
    if (!node || !item.reader->expect_map(*node, fmt::format("'{}' of '{}'", key, item.id))) {
      return values;
    }
    std::vector<bool> seen(m_pack.frameworks.size());
    std::vector<std::string> ids;
    for (const auto& framework : m_pack.frameworks) {
      ids.push_back(framework.id);
    }
    for (const YamlEntry& entry : node->entries()) {
      const std::string& id = entry.key.scalar();
      const int index = m_pack.framework_index(id);
      if (index < 0) {
        const std::string suggestion = closest_match(id, ids);
        item.reader->error(entry.key, fmt::format("unknown framework '{}'", id),
                           suggestion.empty() ? fmt::format("expected one of: {}", fmt::join(ids, ", "))
                                              : fmt::format("did you mean '{}'?", suggestion));
        continue;
      }
      const auto at = static_cast<std::size_t>(index);
      if (seen[at]) {
        item.reader->error(entry.key, fmt::format("framework '{}' is listed twice", id));
        continue;
      }
      seen[at] = true;
      if (auto value = read(entry.value)) {
        values[at] = std::move(*value);
      }
    }
    if (every_framework) {
      for (std::size_t i = 0; i < seen.size(); ++i) {
        if (!seen[i]) {
          item.reader->error(*node, fmt::format("'{}' of '{}' has no entry for '{}'", key, item.id, ids[i]));
        }
      }
    }
    return values;
  }

  void
  build_rules()
  {
    for (const auto& item : section("rules").items) {
      item.reader->check_keys(item.node, {"id", "when", "effects", "reason", "source"},
                              {"id", "when", "effects", "reason", "source"}, fmt::format("rule '{}'", item.id));
      model::Rule rule;
      rule.id = item.id;
      rule.reason = text(item, "reason");
      rule.source = text(item, "source");
      rule.pos = item.reader->pos(item.node);
      rule.effects = per_framework(item, "effects", false, [&](YamlNode node) {
        auto value = item.reader->number(node, "an effect");
        if (value && (*value == 0 || *value < -100 || *value > 100)) {
          item.reader->error(node, "an effect must be a non-zero number from -100 to 100");
          value.reset();
        }
        return value;
      });
      auto condition = when(item, RecommendationAccess::forbidden);
      if (!condition) {
        continue;
      }
      rule.when = std::move(*condition);
      m_pack.rules.push_back(std::move(rule));
    }
  }

  void
  build_mistakes()
  {
    for (const auto& item : section("mistakes").items) {
      item.reader->check_keys(item.node, {"id", "severity", "when", "title", "message", "symptom", "fix", "source"},
                              {"id", "severity", "when", "title", "message", "fix", "source"},
                              fmt::format("mistake '{}'", item.id));
      model::Mistake mistake;
      mistake.id = item.id;
      mistake.title = text(item, "title");
      mistake.message = text(item, "message");
      mistake.symptom = text(item, "symptom", false);
      mistake.fix = text(item, "fix");
      mistake.source = text(item, "source");
      mistake.pos = item.reader->pos(item.node);
      if (const auto severity = find_key(item.node, "severity")) {
        const std::string name = item.reader->string(*severity, "'severity'").value_or("");
        if (name == "info") {
          mistake.severity = model::Severity::info;
        } else if (name == "warning") {
          mistake.severity = model::Severity::warning;
        } else if (name == "error") {
          mistake.severity = model::Severity::error;
        } else {
          item.reader->error(*severity, fmt::format("unknown severity '{}'", name),
                             "expected one of: info, warning, error");
        }
      }
      auto condition = when(item, RecommendationAccess::allowed);
      if (!condition) {
        continue;
      }
      mistake.when = std::move(*condition);
      m_pack.mistakes.push_back(std::move(mistake));
    }
  }

  void
  build_comparison()
  {
    for (const auto& item : section("comparison").items) {
      item.reader->check_keys(item.node, {"id", "group", "feature", "values", "note", "source"},
                              {"id", "group", "feature", "values", "source"},
                              fmt::format("comparison row '{}'", item.id));
      model::ComparisonRow row;
      row.id = item.id;
      row.group = text(item, "group");
      row.feature = text(item, "feature");
      row.note = text(item, "note", false);
      row.source = text(item, "source");
      row.pos = item.reader->pos(item.node);
      row.values = per_framework(item, "values", true,
                                 [&](YamlNode node) { return item.reader->string(node, "a comparison value"); });
      m_pack.comparison.push_back(std::move(row));
    }
  }

  void
  build_debug_entries(std::string_view name, std::vector<model::DebugEntry>& into)
  {
    const bool cheat_sheet = name == "cheat_sheet";
    for (const auto& item : section(name).items) {
      if (cheat_sheet) {
        item.reader->check_keys(
          item.node, {"id", "problem", "action", "commands", "fix", "keywords", "frameworks", "source"},
          {"id", "problem", "action", "fix", "keywords", "source"}, fmt::format("cheat-sheet entry '{}'", item.id));
      } else {
        item.reader->check_keys(item.node, {"id", "symptom", "fix", "commands", "keywords", "frameworks", "source"},
                                {"id", "symptom", "fix", "keywords", "source"},
                                fmt::format("debug-guide entry '{}'", item.id));
      }
      model::DebugEntry entry;
      entry.id = item.id;
      entry.symptom = text(item, cheat_sheet ? "problem" : "symptom");
      entry.action = cheat_sheet ? text(item, "action") : std::string();
      entry.fix = text(item, "fix");
      entry.keywords = text_list(item, "keywords");
      entry.source = text(item, "source");
      entry.pos = item.reader->pos(item.node);
      for (const auto& framework : text_list(item, "frameworks")) {
        const int index = m_pack.framework_index(framework);
        if (index < 0) {
          item.reader->error(item.node, fmt::format("'{}' names unknown framework '{}'", item.id, framework));
          continue;
        }
        entry.frameworks.push_back(static_cast<std::uint32_t>(index));
      }
      build_commands(item, entry);
      into.push_back(std::move(entry));
    }
  }

  void
  build_commands(const Item& item, model::DebugEntry& entry)
  {
    const auto commands = find_key(item.node, "commands");
    if (!commands || !item.reader->expect_sequence(*commands, "'commands'")) {
      return;
    }
    for (const YamlNode node : commands->items()) {
      model::Command command;
      if (node.is_map()) {
        item.reader->check_keys(node, {"command", "explain"}, {"command"}, "a command");
        const auto line = find_key(node, "command");
        const auto explain = find_key(node, "explain");
        command.command = line ? item.reader->string(*line, "'command'").value_or("") : "";
        command.explain = explain ? item.reader->string(*explain, "'explain'").value_or("") : "";
      } else {
        command.command = item.reader->string(node, "a command").value_or("");
      }
      entry.commands.push_back(std::move(command));
    }
  }

  // The evidence table of `framewise scan`: each row proves one answer, given
  // as `proves: {question: value}`, from packages or Django apps.
  void
  build_evidence()
  {
    for (const auto& item : section("evidence").items) {
      item.reader->check_keys(item.node, {"id", "packages", "apps", "proves"}, {"id", "proves"},
                              fmt::format("evidence '{}'", item.id));
      model::EvidenceRule rule;
      rule.id = item.id;
      rule.pos = item.reader->pos(item.node);
      for (const auto& package : text_list(item, "packages")) {
        auto normalized = normalized_evidence_package(package);
        if (!normalized) {
          item.reader->error(*find_key(item.node, "packages"),
                             fmt::format("'{}' of evidence '{}' is not a package name", package, item.id),
                             "write a PEP 508 name, optionally with one extra in brackets: sqlalchemy[asyncio]");
          continue;
        }
        rule.packages.push_back(std::move(*normalized));
      }
      rule.apps = text_list(item, "apps");
      if (!find_key(item.node, "packages") && !find_key(item.node, "apps")) {
        item.reader->error(item.node, fmt::format("evidence '{}' names no 'packages' and no 'apps'", item.id));
        continue;
      }
      if (build_proves(item, rule)) {
        m_pack.evidence.push_back(std::move(rule));
      }
    }
  }

  bool
  build_proves(const Item& item, model::EvidenceRule& rule)
  {
    const auto proves = find_key(item.node, "proves");
    if (!proves || !item.reader->expect_map(*proves, fmt::format("'proves' of '{}'", item.id))) {
      return false;
    }
    const auto entries = proves->entries();
    if (entries.size() != 1) {
      item.reader->error(*proves, fmt::format("'proves' of evidence '{}' must name exactly one question", item.id),
                         "write e.g. proves: {async_db_driver: true}");
      return false;
    }
    const YamlEntry& entry = entries.front();
    const std::string& question_id = entry.key.scalar();
    const int index = m_pack.question_index(question_id);
    if (index < 0) {
      std::vector<std::string> ids;
      for (const auto& question : m_pack.questions) {
        ids.push_back(question.id);
      }
      const std::string suggestion = closest_match(question_id, ids);
      item.reader->error(entry.key, fmt::format("unknown question '{}'", question_id),
                         suggestion.empty() ? "name a question of the pack"
                                            : fmt::format("did you mean '{}'?", suggestion));
      return false;
    }
    const auto& question = m_pack.questions[static_cast<std::size_t>(index)];
    const auto value = item.reader->string(entry.value, "the value of 'proves'");
    if (!value) {
      return false;
    }
    rule.question = static_cast<std::uint32_t>(index);
    if (question.type == QuestionType::boolean) {
      const auto flag = model::boolean_word(*value);
      if (!flag) {
        item.reader->error(entry.value, fmt::format("'{}' is not a yes/no answer for '{}'", *value, question_id),
                           std::string(model::k_boolean_words_text));
        return false;
      }
      rule.value = *flag ? "true" : "false";
      return true;
    }
    if (question.type == QuestionType::integer) {
      item.reader->error(entry.key, fmt::format("evidence cannot prove integer question '{}'", question_id),
                         "a dependency proves a choice, a list item or a yes/no answer");
      return false;
    }
    const bool known = question.option_index(*value) >= 0;
    const bool free_item = question.type == QuestionType::list && question.open_list && check_free_id(*value);
    if (!known && !free_item) {
      std::vector<std::string> ids;
      for (const auto& option : question.options) {
        ids.push_back(option.id);
      }
      const std::string suggestion = closest_match(*value, ids);
      item.reader->error(entry.value, fmt::format("'{}' is not an option of '{}'", *value, question_id),
                         suggestion.empty() ? fmt::format("expected one of: {}", fmt::join(ids, ", "))
                                            : fmt::format("did you mean '{}'?", suggestion));
      return false;
    }
    rule.value = *value;
    return true;
  }

  // "Name" or "Name[extra]" normalised per PEP 503 (and PEP 685 for the
  // extra), or nothing when it is neither.
  static std::optional<std::string>
  normalized_evidence_package(std::string_view package)
  {
    std::string_view name = package;
    std::string_view extra;
    if (const auto open = package.find('['); open != std::string_view::npos) {
      if (!package.ends_with(']')) {
        return std::nullopt;
      }
      name = package.substr(0, open);
      extra = package.substr(open + 1, package.size() - open - 2);
      if (!model::is_package_name(extra)) {
        return std::nullopt;
      }
    }
    if (!model::is_package_name(name)) {
      return std::nullopt;
    }
    std::string out = model::normalized_package_name(name);
    if (!extra.empty()) {
      out += "[" + model::normalized_package_name(extra) + "]";
    }
    return out;
  }

  static bool
  check_free_id(const std::string& value)
  {
    return !value.empty() && value.size() <= model::k_max_free_item_chars &&
           std::all_of(value.begin(), value.end(), [](char c) {
             return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
                    c == '_' || c == '-';
           });
  }

  model::Diagnostics& m_diagnostics;
  std::vector<std::unique_ptr<YamlReader>> m_readers;
  std::array<Section, k_sections.size()> m_sections;
  std::optional<Item> m_scoring;
  struct Disable
  {
    YamlReader* reader = nullptr;
    YamlNode node;
    std::string id;
  };
  std::vector<Disable> m_disables; // of the layer being collected
  model::RulePack m_pack;
};

} // namespace

std::optional<model::RulePack>
load_pack(std::span<const PackLayer> layers, model::Diagnostics& diagnostics)
{
  return PackBuilder(diagnostics).run(layers);
}

} // namespace framewise::load
