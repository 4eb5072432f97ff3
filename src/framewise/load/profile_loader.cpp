#include <framewise/load/profile_loader.hpp>
#include <framewise/load/spellcheck.hpp>
#include <framewise/load/yaml_reader.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <set>
#include <utility>

namespace framewise::load {

namespace {

using model::Question;
using model::QuestionType;

// Characters as the messages count them: code points, not bytes (the text is
// valid UTF-8, checked by YamlReader::string).
std::size_t
code_points(std::string_view text)
{
  return static_cast<std::size_t>(
    std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::vector<std::string>
option_ids(const Question& question)
{
  std::vector<std::string> ids;
  for (const auto& option : question.options) {
    ids.push_back(option.id);
  }
  return ids;
}

class ProfileReader
{
public:
  ProfileReader(const SourceText& source, const model::RulePack& pack, model::Diagnostics& out)
      : m_owned_reader(std::make_unique<YamlReader>(source, model::Domain::profile, out))
      , m_reader(*m_owned_reader)
      , m_pack(pack)
  {
    size_answers();
  }

  // Reads answers written inside another file (a rule pack's test case).
  ProfileReader(YamlReader& reader, const model::RulePack& pack)
      : m_reader(reader)
      , m_pack(pack)
  {
    size_answers();
  }

  std::optional<model::Profile>
  run_answers(YamlNode answers)
  {
    const std::size_t errors_before = m_reader.error_count();
    read_answers(answers);
    if (m_reader.error_count() != errors_before) {
      return std::nullopt;
    }
    return std::move(m_profile);
  }

  std::optional<model::Profile>
  run()
  {
    const auto root = m_reader.parse();
    if (!root) {
      return std::nullopt;
    }
    if (!m_reader.expect_map(*root, "a profile")) {
      return std::nullopt;
    }
    read_top_level(*root);
    if (m_reader.error_count() != 0) {
      return std::nullopt;
    }
    return std::move(m_profile);
  }

private:
  void
  size_answers()
  {
    m_profile.answers.resize(m_pack.questions.size());
    m_profile.positions.resize(m_pack.questions.size());
    m_profile.other_items.resize(m_pack.questions.size());
  }

  void
  read_top_level(YamlNode root)
  {
    bool has_answers = false;
    std::set<std::string> seen;
    for (const YamlEntry& entry : root.entries()) {
      const std::string& key = entry.key.scalar();
      if (!entry.key.is_scalar()) {
        m_reader.error(entry.key,
                       fmt::format("a key of the profile is {}, expected a name", YamlReader::describe(entry.key)),
                       "the profile's keys are version, name and answers");
      } else if (!seen.insert(key).second) {
        m_reader.error(entry.key, fmt::format("duplicate key '{}' in the profile", key));
      } else if (key == "version") {
        const auto version = m_reader.integer(entry.value, "'version'");
        if (version && *version != 1) {
          m_reader.error(entry.value, fmt::format("unsupported profile version {}", *version),
                         "this framewise reads version 1");
        }
      } else if (key == "name") {
        read_name(entry.value);
      } else if (key == "answers") {
        has_answers = true;
        read_answers(entry.value);
      } else if (key == "waivers") {
        read_waivers(entry.value);
      } else if (m_pack.question_index(key) >= 0) {
        m_reader.error(entry.key, fmt::format("unknown key '{}' in the profile", key),
                       fmt::format("answers go under 'answers:', e.g. answers: {{{}: ...}}", key));
      } else {
        const std::string suggestion = closest_match(key, {"version", "name", "answers", "waivers"});
        m_reader.error(entry.key, fmt::format("unknown key '{}' in the profile", key),
                       suggestion.empty() ? "expected one of: version, name, answers, waivers"
                                          : fmt::format("did you mean '{}'?", suggestion));
      }
    }
    if (!has_answers && m_reader.error_count() == 0) {
      m_reader.error(root, "the profile has no 'answers:' section",
                     "add answers: {QUESTION: VALUE, ...}; see 'framewise init' for a template");
    }
  }

  void
  read_name(YamlNode node)
  {
    const auto name = m_reader.string(node, "'name'");
    if (!name) {
      return;
    }
    m_profile.name = *name;
  }

  // waivers: [{id: MISTAKE, reason: TEXT, until: YYYY-MM-DD}, ...]
  void
  read_waivers(YamlNode waivers)
  {
    if (!m_reader.expect_sequence(waivers, "'waivers'")) {
      return;
    }
    for (const YamlNode node : waivers.items()) {
      if (!m_reader.expect_map(node, "a waiver")) {
        continue;
      }
      // Every field is read even after a problem, so one run reports them all.
      bool ok = m_reader.check_keys(node, {"id", "reason", "until"}, {"id", "reason"}, "a waiver");
      model::Waiver waiver;
      waiver.pos = m_reader.pos(node);
      for (const auto& [key, into] : {std::pair<std::string_view, std::string*>{"id", &waiver.id},
                                      std::pair<std::string_view, std::string*>{"reason", &waiver.reason}}) {
        const auto field = find_key(node, key);
        if (!field) {
          continue; // reported by check_keys
        }
        if (key == "id") {
          waiver.pos = m_reader.pos(*field);
        }
        const auto text = m_reader.string(*field, fmt::format("a waiver's '{}'", key));
        if (text && text->empty()) {
          m_reader.error(*field, fmt::format("a waiver's '{}' is empty", key),
                         "a waiver names the mistake it accepts and says why, for whoever reads the report");
        }
        ok = ok && text && !text->empty();
        *into = text.value_or("");
      }
      if (const auto until = find_key(node, "until")) {
        const auto text = m_reader.string(*until, "a waiver's 'until'");
        waiver.until = text ? model::parse_date(*text) : std::nullopt;
        if (text && !waiver.until) {
          m_reader.error(*until, fmt::format("'until' is '{}', not a date", *text),
                         "write the last day the waiver holds as YYYY-MM-DD, e.g. 2027-06-30");
        }
        ok = ok && waiver.until.has_value();
      }
      if (!ok) {
        continue;
      }
      const auto same = std::find_if(m_profile.waivers.begin(), m_profile.waivers.end(),
                                     [&](const model::Waiver& other) { return other.id == waiver.id; });
      if (same != m_profile.waivers.end()) {
        m_reader.error(waiver.pos, fmt::format("'{}' is waived twice", waiver.id),
                       fmt::format("first waived at line {}; keep one waiver per mistake", same->pos.line));
        continue;
      }
      m_profile.waivers.push_back(std::move(waiver));
    }
  }

  void
  read_answers(YamlNode answers)
  {
    if (answers.is_null()) {
      return; // `answers:` with nothing under it: every question unanswered
    }
    if (!m_reader.expect_map(answers, "'answers'")) {
      return;
    }
    std::vector<std::string> ids;
    for (const auto& question : m_pack.questions) {
      ids.push_back(question.id);
    }
    std::set<std::string> seen;
    for (const YamlEntry& entry : answers.entries()) {
      const std::string& id = entry.key.scalar();
      const int index = entry.key.is_scalar() ? m_pack.question_index(id) : -1;
      if (index < 0) {
        const std::string suggestion = closest_match(id, ids);
        m_reader.error(entry.key, fmt::format("unknown question '{}'", entry.key.is_scalar() ? id : "?"),
                       suggestion.empty() ? "'framewise questions' lists the question ids"
                                          : fmt::format("did you mean '{}'?", suggestion));
        continue;
      }
      if (!seen.insert(id).second) {
        m_reader.error(entry.key, fmt::format("question '{}' is answered twice", id));
        continue;
      }
      const auto at = static_cast<std::size_t>(index);
      m_profile.positions[at] = m_reader.pos(entry.key);
      if (entry.value.is_null()) {
        continue; // explicitly unanswered
      }
      read_answer(m_pack.questions[at], entry.value, at);
    }
  }

  void
  read_answer(const Question& question, YamlNode value, std::size_t at)
  {
    model::Answer answer;
    const std::string what = fmt::format("the answer to '{}'", question.id);
    switch (question.type) {
    case QuestionType::boolean: {
      const auto flag = m_reader.boolean(value, what);
      if (!flag) {
        return;
      }
      answer.value = *flag ? 1 : 0;
      break;
    }
    case QuestionType::integer: {
      const auto number = m_reader.integer(
        value, what, YamlReader::IntegerRange{question.min, question.max, fmt::format("'{}'", question.id)});
      if (!number) {
        return;
      }
      if (*number < question.min || *number > question.max) {
        m_reader.error(value, fmt::format("{} is out of range for '{}'", *number, question.id),
                       fmt::format("expected a whole number from {} to {}", question.min, question.max));
        return;
      }
      answer.value = *number;
      break;
    }
    case QuestionType::choice: {
      if (!value.is_scalar()) {
        m_reader.error(value, fmt::format("{} must be one option, got {}", what, YamlReader::describe(value)),
                       fmt::format("expected one of: {}", fmt::join(option_ids(question), ", ")));
        return;
      }
      const auto option = option_of(question, value);
      if (!option) {
        return;
      }
      answer.value = *option;
      break;
    }
    case QuestionType::list:
      if (!read_list(question, value, at, answer)) {
        return;
      }
      break;
    }
    answer.answered = true;
    m_profile.answers[at] = answer;
  }

  std::optional<std::uint32_t>
  option_of(const Question& question, YamlNode value)
  {
    const std::string& id = value.scalar();
    const int index = question.option_index(folded_name(id)); // `Flask` is `flask`
    if (index >= 0) {
      return static_cast<std::uint32_t>(index);
    }
    const auto ids = option_ids(question);
    const std::string suggestion = closest_match(folded_name(id), ids);
    m_reader.error(value, fmt::format("'{}' is not an option of '{}'", id, question.id),
                   suggestion.empty() ? fmt::format("expected one of: {}", fmt::join(ids, ", "))
                                      : fmt::format("did you mean '{}'?", suggestion));
    return std::nullopt;
  }

  bool
  read_list(const Question& question, YamlNode value, std::size_t at, model::Answer& answer)
  {
    if (!value.is_sequence()) {
      m_reader.error(
        value, fmt::format("the answer to '{}' must be a list, got {}", question.id, YamlReader::describe(value)),
        fmt::format("write it as [a, b], or [] for none; options: {}", fmt::join(option_ids(question), ", ")));
      return false;
    }
    bool ok = true;
    std::set<std::string> seen;
    for (const YamlNode item : value.items()) {
      const auto text = m_reader.string(item, fmt::format("an item of '{}'", question.id));
      if (!text) {
        ok = false;
        continue;
      }
      // Options compare without case (`Django` is `django`); free text as written.
      const int index = question.option_index(folded_name(*text));
      if (!seen.insert(index >= 0 ? question.options[static_cast<std::size_t>(index)].id : *text).second) {
        m_reader.error(item, fmt::format("'{}' is listed twice", *text));
        ok = false;
        continue;
      }
      if (index >= 0) {
        answer.items |= std::uint64_t{1} << index;
      } else if (!question.open_list) {
        ok = option_of(question, item).has_value() && ok;
        continue;
      } else if (const std::size_t length = code_points(*text); length == 0 || length > model::k_max_free_item_chars) {
        m_reader.error(item, fmt::format("'{}' items must be 1 to {} characters, and this one has {}", question.id,
                                         model::k_max_free_item_chars, length));
        ok = false;
        continue;
      } else {
        m_profile.other_items[at].push_back(*text);
      }
      ++answer.item_count;
    }
    return ok;
  }

  std::unique_ptr<YamlReader> m_owned_reader; // null when reading inside another file
  YamlReader& m_reader;
  const model::RulePack& m_pack;
  model::Profile m_profile;
};

} // namespace

std::optional<model::Profile>
load_profile(const SourceText& source, const model::RulePack& pack, model::Diagnostics& diagnostics)
{
  return ProfileReader(source, pack, diagnostics).run();
}

std::optional<model::Profile>
read_answers(YamlReader& reader, YamlNode answers, const model::RulePack& pack)
{
  return ProfileReader(reader, pack).run_answers(answers);
}

} // namespace framewise::load
