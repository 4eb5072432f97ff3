#include <framewise/load/pack_blob.hpp>

#include <bit>
#include <concepts>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace framewise::load {

namespace {

// Bumped whenever a field is added, removed or reordered below.
constexpr std::uint32_t k_format_version = 3;
constexpr std::string_view k_magic = "FWPACK";

template <class T, class U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

// Each model type lists its fields once, for both directions: `io` is a Writer
// (with const objects) or a Reader (with mutable ones). model's defaulted
// operator== covers every field, and the unit test compares a decoded pack
// with the YAML-loaded one with it, so a field missing here fails the tests.
template <class Io, Is<model::SourcePos> T>
void
fields(Io& io, T& pos)
{
  io(pos.file, pos.line, pos.column);
}

template <class Io, Is<model::Framework> T>
void
fields(Io& io, T& framework)
{
  io(framework.id, framework.name, framework.summary, framework.source, framework.pos);
}

template <class Io, Is<model::Option> T>
void
fields(Io& io, T& option)
{
  io(option.id, option.label, option.pos);
}

template <class Io, Is<model::OptionRef> T>
void
fields(Io& io, T& option)
{
  io(option.id, option.pos);
}

template <class Io, Is<model::AlikeOptions> T>
void
fields(Io& io, T& group)
{
  io(group.options, group.reason, group.pos);
}

template <class Io, Is<model::Question> T>
void
fields(Io& io, T& question)
{
  io(question.id, question.prompt, question.help, question.source, question.type, question.options, question.open_list,
     question.min, question.max, question.alike, question.pos);
}

template <class Io, Is<model::ConditionNode> T>
void
fields(Io& io, T& node)
{
  io(node.op, node.subject, node.subtree_size, node.number, node.mask, node.pos);
}

template <class Io, Is<model::Condition> T>
void
fields(Io& io, T& condition)
{
  io(condition.nodes);
}

template <class Io, Is<model::Rule> T>
void
fields(Io& io, T& rule)
{
  io(rule.id, rule.when, rule.effects, rule.reason, rule.source, rule.pos);
}

template <class Io, Is<model::Mistake> T>
void
fields(Io& io, T& mistake)
{
  io(mistake.id, mistake.severity, mistake.when, mistake.title, mistake.message, mistake.symptom, mistake.fix,
     mistake.source, mistake.pos);
}

template <class Io, Is<model::ComparisonRow> T>
void
fields(Io& io, T& row)
{
  io(row.id, row.group, row.feature, row.values, row.note, row.source, row.pos);
}

template <class Io, Is<model::Command> T>
void
fields(Io& io, T& command)
{
  io(command.command, command.explain);
}

template <class Io, Is<model::DebugEntry> T>
void
fields(Io& io, T& entry)
{
  io(entry.id, entry.symptom, entry.action, entry.fix, entry.commands, entry.keywords, entry.frameworks, entry.source,
     entry.pos);
}

template <class Io, Is<model::EvidenceRule> T>
void
fields(Io& io, T& rule)
{
  io(rule.id, rule.packages, rule.apps, rule.question, rule.value, rule.pos);
}

template <class Io, Is<model::RulePack> T>
void
fields(Io& io, T& pack)
{
  io(pack.frameworks, pack.questions, pack.rules, pack.mistakes, pack.comparison, pack.debug_guide, pack.cheat_sheet,
     pack.evidence, pack.score_scale);
}

// The largest value each enum may hold, so a decoder never makes an invalid one.
constexpr std::uint64_t
enum_limit(model::QuestionType)
{
  return static_cast<std::uint64_t>(model::QuestionType::list);
}
constexpr std::uint64_t
enum_limit(model::Op)
{
  return static_cast<std::uint64_t>(model::Op::unanswered);
}
constexpr std::uint64_t
enum_limit(model::Severity)
{
  return static_cast<std::uint64_t>(model::Severity::error);
}

class Writer
{
public:
  template <class... T>
  void
  operator()(const T&... values)
  {
    (put(values), ...);
  }

  std::string
  take()
  {
    return std::move(m_bytes);
  }

private:
  void
  put_word(std::uint64_t value, int bytes)
  {
    for (int i = 0; i < bytes; ++i) {
      m_bytes.push_back(static_cast<char>((value >> (8 * i)) & 0xFFU));
    }
  }

  void
  put(bool value)
  {
    put_word(value ? 1 : 0, 1);
  }

  template <std::integral T>
  void
  put(T value)
  {
    put_word(static_cast<std::uint64_t>(value), sizeof(T));
  }

  template <class T>
  requires std::is_enum_v<T>
  void
  put(T value)
  {
    put_word(static_cast<std::uint64_t>(value), 1);
  }

  void
  put(double value)
  {
    put_word(std::bit_cast<std::uint64_t>(value), 8);
  }

  void
  put(const std::string& text)
  {
    put_word(text.size(), 4);
    m_bytes.append(text);
  }

  template <class T>
  void
  put(const std::vector<T>& items)
  {
    put_word(items.size(), 4);
    for (const auto& item : items) {
      put(item);
    }
  }

  template <class T>
  requires requires(Writer& writer, const T& value) { fields(writer, value); }
  void
  put(const T& value)
  {
    fields(*this, value);
  }

  std::string m_bytes;
};

// The item types PackParts::scoring leaves out.
template <class T>
constexpr bool k_reference_only =
  std::same_as<T, model::ComparisonRow> || std::same_as<T, model::DebugEntry> || std::same_as<T, model::EvidenceRule>;

class Reader
{
public:
  Reader(std::string_view bytes, PackParts parts)
      : m_bytes(bytes)
      , m_parts(parts)
  {}

  template <class... T>
  void
  operator()(T&... values)
  {
    (get(values), ...);
  }

  // True when every read fitted and nothing is left over.
  bool
  finished() const
  {
    return m_ok && m_at == m_bytes.size();
  }

  std::string_view
  bytes(std::size_t count)
  {
    if (!m_ok || m_bytes.size() - m_at < count) {
      m_ok = false;
      return {};
    }
    const auto out = m_bytes.substr(m_at, count);
    m_at += count;
    return out;
  }

private:
  std::uint64_t
  get_word(int count)
  {
    const auto raw = bytes(static_cast<std::size_t>(count));
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      value |= std::uint64_t{static_cast<unsigned char>(raw[i])} << (8 * i);
    }
    return value;
  }

  void
  get(bool& value)
  {
    const auto word = get_word(1);
    m_ok = m_ok && word <= 1;
    value = word == 1;
  }

  template <std::integral T>
  void
  get(T& value)
  {
    value = static_cast<T>(get_word(sizeof(T)));
  }

  template <class T>
  requires std::is_enum_v<T>
  void
  get(T& value)
  {
    const auto word = get_word(1);
    m_ok = m_ok && word <= enum_limit(T{});
    value = m_ok ? static_cast<T>(word) : T{};
  }

  void
  get(double& value)
  {
    value = std::bit_cast<double>(get_word(8));
  }

  void
  get(std::string& text)
  {
    const auto size = get_word(4);
    const auto stored = bytes(size);
    if (!m_skipping) {
      text = stored;
    }
  }

  template <class T>
  void
  get(std::vector<T>& items)
  {
    const auto count = get_word(4);
    // Every item takes at least one byte, so a corrupt count cannot make us
    // reserve more than the input could ever fill.
    if (!m_ok || count > m_bytes.size() - m_at) {
      m_ok = false;
      return;
    }
    if (m_skipping || (k_reference_only<T> && m_parts == PackParts::scoring)) {
      skip<T>(count);
      return;
    }
    items.resize(count);
    for (auto& item : items) {
      get(item);
    }
  }

  // Reads `count` items, checking them as get does, and stores none: every
  // string and vector of `scratch` stays empty, so nothing is allocated.
  template <class T>
  void
  skip(std::uint64_t count)
  {
    const bool was_skipping = m_skipping;
    m_skipping = true;
    T scratch{};
    for (std::uint64_t i = 0; i < count && m_ok; ++i) {
      get(scratch);
    }
    m_skipping = was_skipping;
  }

  template <class T>
  requires requires(Reader& reader, T& value) { fields(reader, value); }
  void
  get(T& value)
  {
    fields(*this, value);
  }

  std::string_view m_bytes;
  PackParts m_parts;
  bool m_skipping = false; // inside items that are not stored
  std::size_t m_at = 0;
  bool m_ok = true;
};

} // namespace

std::string
encode_pack(const model::RulePack& pack)
{
  Writer writer;
  for (const char c : k_magic) {
    writer(c);
  }
  writer(k_format_version, pack);
  return writer.take();
}

std::optional<model::RulePack>
decode_pack(std::string_view bytes, PackParts parts)
{
  Reader reader(bytes, parts);
  std::uint32_t version = 0;
  if (reader.bytes(k_magic.size()) != k_magic) {
    return std::nullopt;
  }
  reader(version);
  if (version != k_format_version) {
    return std::nullopt;
  }
  model::RulePack pack;
  reader(pack);
  if (!reader.finished()) {
    return std::nullopt;
  }
  return pack;
}

} // namespace framewise::load
