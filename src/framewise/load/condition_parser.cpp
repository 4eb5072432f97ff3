#include <framewise/load/condition_parser.hpp>
#include <framewise/load/spellcheck.hpp>

#include <fmt/format.h>

#include <array>
#include <string>
#include <vector>

namespace framewise::load {

namespace {

using model::ConditionNode;
using model::Op;
using model::QuestionType;

constexpr std::size_t k_max_depth = 16;

struct OperatorName
{
  std::string_view name;
  Op op;
};

constexpr std::array k_comparison_operators = {
  OperatorName{"eq", Op::eq},
  OperatorName{"ne", Op::ne},
  OperatorName{"lt", Op::lt},
  OperatorName{"lte", Op::lte},
  OperatorName{"gt", Op::gt},
  OperatorName{"gte", Op::gte},
  OperatorName{"in", Op::in},
  OperatorName{"contains", Op::contains},
  OperatorName{"answered", Op::answered},
};

// What a condition can compare against: a question, or the engine's pick seen
// as a choice among the pack's frameworks.
struct Subject
{
  std::uint32_t index = 0;
  std::string name;
  QuestionType type = QuestionType::choice;
  std::vector<std::string> options;
  std::int64_t min = 0;
  std::int64_t max = 0;
};

class Compiler
{
public:
  Compiler(YamlReader& reader, const model::RulePack& pack, RecommendationAccess access)
      : m_reader(reader)
      , m_pack(pack)
      , m_access(access)
  {}

  std::optional<model::Condition>
  run(YamlNode node)
  {
    const std::size_t errors_before = m_reader.error_count();
    compile(node, 0);
    if (m_reader.error_count() != errors_before) {
      return std::nullopt;
    }
    return std::move(m_condition);
  }

private:
  // Appends the subtree for `node`; returns false after reporting a problem.
  bool
  compile(YamlNode node, std::size_t depth)
  {
    if (depth > k_max_depth) {
      m_reader.error(node, fmt::format("condition is nested deeper than {} levels", k_max_depth));
      return false;
    }
    if (m_condition.nodes.size() >= k_max_condition_nodes) {
      if (!m_too_large) { // once, not for every part past the limit
        m_reader.error(node, fmt::format("condition has more than {} parts", k_max_condition_nodes),
                       "split the rule into several rules");
        m_too_large = true;
      }
      return false;
    }
    if (!node.is_map() || node.size() == 0) {
      m_reader.error(node, fmt::format("a condition must be a map, got {}", YamlReader::describe(node)),
                     "write {q: QUESTION, OP: VALUE}, or all:/any:/not: around conditions");
      return false;
    }
    if (find_key(node, "q")) {
      return compile_comparison(node);
    }
    if (node.size() != 1) {
      m_reader.error(
        node, "a condition holds one of all:, any:, not: or q:", "wrap several conditions in all: [...] or any: [...]");
      return false;
    }
    const YamlEntry& entry = node.entries().front();
    const std::string& key = entry.key.scalar();
    if (key == "all" || key == "any") {
      return compile_group(entry.key, entry.value, key == "all" ? Op::all : Op::any, depth);
    }
    if (key == "not") {
      const std::size_t at = open_node(Op::not_, entry.key);
      const bool ok = compile(entry.value, depth + 1);
      close_node(at);
      return ok;
    }
    const std::string suggestion = closest_match(key, {"all", "any", "not", "q"});
    m_reader.error(entry.key, fmt::format("unknown condition '{}'", key),
                   suggestion.empty() ? "expected all:, any:, not: or q:"
                                      : fmt::format("did you mean '{}'?", suggestion));
    return false;
  }

  bool
  compile_group(YamlNode key, YamlNode items, Op op, std::size_t depth)
  {
    if (!items.is_sequence() || items.size() == 0) {
      m_reader.error(items.is_null() ? key : items, fmt::format("'{}' takes a non-empty list of conditions, got {}",
                                                                key.scalar(), YamlReader::describe(items)));
      return false;
    }
    const std::size_t at = open_node(op, key);
    bool ok = true;
    for (const YamlNode item : items.items()) {
      ok = compile(item, depth + 1) && ok;
      if (m_too_large) {
        break;
      }
    }
    close_node(at);
    return ok;
  }

  std::size_t
  open_node(Op op, YamlNode at)
  {
    ConditionNode node;
    node.op = op;
    node.pos = m_reader.pos(at);
    m_condition.nodes.push_back(std::move(node));
    return m_condition.nodes.size() - 1;
  }

  void
  close_node(std::size_t at)
  {
    m_condition.nodes[at].subtree_size = static_cast<std::uint32_t>(m_condition.nodes.size() - at);
  }

  std::optional<Subject>
  subject(YamlNode name_node)
  {
    const auto name = m_reader.string(name_node, "'q'");
    if (!name) {
      return std::nullopt;
    }
    Subject subject;
    subject.name = *name;
    if (*name == "recommendation") {
      if (m_access == RecommendationAccess::forbidden) {
        m_reader.error(name_node, "a scoring rule cannot read 'recommendation'",
                       "the pick comes from the scoring rules; only mistakes may test it");
        return std::nullopt;
      }
      subject.index = model::k_subject_recommendation;
      for (const auto& framework : m_pack.frameworks) {
        subject.options.push_back(framework.id);
      }
      return subject;
    }
    const int index = m_pack.question_index(*name);
    if (index < 0) {
      std::vector<std::string> ids;
      for (const auto& question : m_pack.questions) {
        ids.push_back(question.id);
      }
      ids.emplace_back("recommendation");
      const std::string suggestion = closest_match(*name, ids);
      m_reader.error(name_node, fmt::format("unknown question '{}'", *name),
                     suggestion.empty() ? "see the questions: section of the pack"
                                        : fmt::format("did you mean '{}'?", suggestion));
      return std::nullopt;
    }
    const model::Question& question = m_pack.questions[static_cast<std::size_t>(index)];
    subject.index = static_cast<std::uint32_t>(index);
    subject.type = question.type;
    subject.min = question.min;
    subject.max = question.max;
    for (const auto& option : question.options) {
      subject.options.push_back(option.id);
    }
    return subject;
  }

  bool
  compile_comparison(YamlNode node)
  {
    std::optional<YamlNode> operator_key;
    std::optional<YamlNode> operator_value;
    std::optional<YamlNode> subject_node;
    std::size_t operators = 0;
    for (const YamlEntry& entry : node.entries()) {
      const std::string& key = entry.key.scalar();
      if (key == "q") {
        subject_node = entry.value;
        continue;
      }
      ++operators;
      operator_key = entry.key;
      operator_value = entry.value;
    }
    if (operators != 1) {
      m_reader.error(node, operators == 0 ? "comparison has no operator" : "comparison has more than one operator",
                     "write {q: QUESTION, OP: VALUE} with one of eq, ne, lt, lte, gt, gte, in, "
                     "contains, answered");
      return false;
    }
    const std::string& op_name = operator_key->scalar();
    const OperatorName* found = nullptr;
    for (const auto& candidate : k_comparison_operators) {
      if (candidate.name == op_name) {
        found = &candidate;
      }
    }
    if (found == nullptr) {
      std::vector<std::string> names;
      for (const auto& candidate : k_comparison_operators) {
        names.emplace_back(candidate.name);
      }
      const std::string suggestion = closest_match(op_name, names);
      m_reader.error(*operator_key, fmt::format("unknown operator '{}'", op_name),
                     suggestion.empty() ? fmt::format("expected one of: {}", fmt::join(names, ", "))
                                        : fmt::format("did you mean '{}'?", suggestion));
      return false;
    }
    const auto target = subject(*subject_node);
    if (!target) {
      return false;
    }
    ConditionNode compiled;
    compiled.op = found->op;
    compiled.subject = target->index;
    compiled.pos = m_reader.pos(*operator_key);
    if (!compile_operand(*target, compiled, *operator_key, *operator_value)) {
      return false;
    }
    m_condition.nodes.push_back(std::move(compiled));
    return true;
  }

  bool
  misfit(const Subject& subject, YamlNode op_key, std::string_view fits)
  {
    m_reader.error(op_key,
                   fmt::format("operator '{}' does not apply to {} question '{}'", op_key.scalar(),
                               model::to_string(subject.type), subject.name),
                   fmt::format("use {}", fits));
    return false;
  }

  bool
  compile_operand(const Subject& subject, ConditionNode& compiled, YamlNode op_key, YamlNode value)
  {
    const std::string what = fmt::format("the value of '{}'", op_key.scalar());
    if (compiled.op == Op::answered) {
      const auto flag = m_reader.boolean(value, what);
      if (!flag) {
        return false;
      }
      if (subject.index == model::k_subject_recommendation) {
        m_reader.error(op_key, "'recommendation' is always answered");
        return false;
      }
      compiled.op = *flag ? Op::answered : Op::unanswered;
      return true;
    }
    switch (subject.type) {
    case QuestionType::boolean: {
      if (compiled.op != Op::eq && compiled.op != Op::ne) {
        return misfit(subject, op_key, "eq or ne with true or false");
      }
      const auto flag = m_reader.boolean(value, what);
      compiled.number = flag.value_or(false) ? 1 : 0;
      return flag.has_value();
    }
    case QuestionType::integer: {
      if (compiled.op == Op::in || compiled.op == Op::contains) {
        return misfit(subject, op_key, "eq, ne, lt, lte, gt or gte with a number");
      }
      const auto number = m_reader.integer(value, what);
      if (!number) {
        return false;
      }
      if (*number < subject.min || *number > subject.max) {
        m_reader.error(value, fmt::format("{} is outside the range of '{}' ({} to {})", *number, subject.name,
                                          subject.min, subject.max));
        return false;
      }
      compiled.number = *number;
      return true;
    }
    case QuestionType::choice: {
      if (compiled.op == Op::eq || compiled.op == Op::ne) {
        const auto option = option_index(subject, value);
        compiled.number = option.value_or(0);
        return option.has_value();
      }
      if (compiled.op == Op::in) {
        const auto mask = option_mask(subject, value, op_key);
        compiled.mask = mask.value_or(0);
        return mask.has_value();
      }
      return misfit(subject, op_key, "eq, ne or in with its options");
    }
    case QuestionType::list: {
      if (compiled.op == Op::contains) {
        if (value.is_scalar()) {
          const auto option = option_index(subject, value);
          compiled.mask = option ? (std::uint64_t{1} << *option) : 0;
          return option.has_value();
        }
        const auto mask = option_mask(subject, value, op_key);
        compiled.mask = mask.value_or(0);
        return mask.has_value();
      }
      if (compiled.op == Op::eq || compiled.op == Op::ne) {
        if (!m_reader.expect_sequence(value, what)) {
          return false;
        }
        const auto mask = option_mask(subject, value, op_key, AllowEmpty::yes);
        compiled.op = compiled.op == Op::eq ? Op::set_eq : Op::set_ne;
        compiled.mask = mask.value_or(0);
        return mask.has_value();
      }
      return misfit(subject, op_key, "contains, or eq/ne with a list of its options");
    }
    }
    return false;
  }

  std::optional<std::uint32_t>
  option_index(const Subject& subject, YamlNode value)
  {
    const auto id = m_reader.string(value, fmt::format("an option of '{}'", subject.name));
    if (!id) {
      return std::nullopt;
    }
    for (std::size_t i = 0; i < subject.options.size(); ++i) {
      if (subject.options[i] == *id) {
        return static_cast<std::uint32_t>(i);
      }
    }
    const std::string suggestion = closest_match(*id, subject.options);
    m_reader.error(value, fmt::format("'{}' is not an option of '{}'", *id, subject.name),
                   suggestion.empty() ? fmt::format("expected one of: {}", fmt::join(subject.options, ", "))
                                      : fmt::format("did you mean '{}'?", suggestion));
    return std::nullopt;
  }

  enum class AllowEmpty
  {
    yes,
    no
  };

  std::optional<std::uint64_t>
  option_mask(const Subject& subject, YamlNode value, YamlNode op_key, AllowEmpty allow_empty = AllowEmpty::no)
  {
    if (!value.is_sequence() || (value.size() == 0 && allow_empty == AllowEmpty::no)) {
      m_reader.error(value.is_null() ? op_key : value,
                     fmt::format("'{}' takes a list of options of '{}', got {}", op_key.scalar(), subject.name,
                                 YamlReader::describe(value)));
      return std::nullopt;
    }
    std::uint64_t mask = 0;
    bool ok = true;
    for (const YamlNode item : value.items()) {
      const auto option = option_index(subject, item);
      if (option) {
        mask |= std::uint64_t{1} << *option;
      }
      ok = ok && option.has_value();
    }
    if (!ok) {
      return std::nullopt;
    }
    return mask;
  }

  YamlReader& m_reader;
  const model::RulePack& m_pack;
  RecommendationAccess m_access;
  model::Condition m_condition;
  bool m_too_large = false;
};

} // namespace

std::optional<model::Condition>
compile_condition(YamlReader& reader, YamlNode node, const model::RulePack& pack, RecommendationAccess access)
{
  return Compiler(reader, pack, access).run(node);
}

} // namespace framewise::load
