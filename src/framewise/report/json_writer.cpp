#include <framewise/report/json_writer.hpp>

#include <framewise/model/utf8.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace framewise::report {

namespace {

constexpr int k_indent = 2; // as dump(2)

// A recommendation is about 14 KB: one allocation instead of a dozen regrowths.
constexpr std::size_t k_initial_capacity = 16 * 1024;

// True when `text` is well-formed UTF-8 (model::utf8_sequence_length) with
// no control character below U+0020; counts the quotes and backslashes to
// escape in `quotes`.
// True when the 8 bytes at `bytes` are printable ASCII other than a quote or
// a backslash: tested a word at a time, since most text is.
bool
plain_ascii_word(const char* bytes)
{
  constexpr std::uint64_t ones = 0x0101010101010101;
  constexpr std::uint64_t highs = 0x8080808080808080;
  std::uint64_t word = 0;
  std::memcpy(&word, bytes, sizeof word);
  const auto has_zero = [&](std::uint64_t v) { return ((v - ones) & ~v & highs) != 0; };
  const bool below_space = ((word - ones * 0x20) & ~word & highs) != 0; // exact when no high bit is set
  return (word & highs) == 0 && !below_space && !has_zero(word ^ (ones * '"')) && !has_zero(word ^ (ones * '\\'));
}

bool
plain_utf8(std::string_view text, std::size_t& quotes)
{
  for (std::size_t i = 0; i < text.size();) {
    if (i + 8 <= text.size() && plain_ascii_word(text.data() + i)) {
      i += 8;
      continue;
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x80) { // most text: printable ASCII
      quotes += byte == '"' || byte == '\\' ? 1 : 0;
      ++i;
      continue;
    }
    const std::size_t length = byte < 0x20 ? 0 : model::utf8_sequence_length(text, i);
    if (length == 0) {
      return false;
    }
    i += length;
  }
  return true;
}

template <class Integer>
void
append_decimal(std::string& out, Integer value)
{
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  out.append(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
}

} // namespace

JsonWriter::JsonWriter() { m_out.reserve(k_initial_capacity); }

void
JsonWriter::newline_and_indent()
{
  m_out += '\n';
  m_out.append(m_members.size() * k_indent, ' ');
}

void
JsonWriter::before_value()
{
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_members.empty()) {
    if (m_members.back()++ != 0) {
      m_out += ',';
    }
    newline_and_indent();
  }
}

JsonWriter&
JsonWriter::key(std::string_view name)
{
  before_value();
  escaped(name);
  m_out += ": ";
  m_after_key = true;
  return *this;
}

void
JsonWriter::open(char bracket)
{
  before_value();
  m_out += bracket;
  m_members.push_back(0);
}

void
JsonWriter::close(char bracket)
{
  const std::size_t members = m_members.back();
  m_members.pop_back();
  if (members != 0) {
    newline_and_indent();
  }
  m_out += bracket;
}

JsonWriter&
JsonWriter::begin_object()
{
  open('{');
  return *this;
}

JsonWriter&
JsonWriter::end_object()
{
  close('}');
  return *this;
}

JsonWriter&
JsonWriter::begin_array()
{
  open('[');
  return *this;
}

JsonWriter&
JsonWriter::end_array()
{
  close(']');
  return *this;
}

void
JsonWriter::escaped(std::string_view text)
{
  // Well-formed UTF-8 without control characters is copied as nlohmann copies
  // it (ensure_ascii off), escaping only quotes and backslashes; anything else (control
  // characters, invalid bytes to replace) is rare and left to nlohmann itself
  // so the bytes cannot differ.
  std::size_t quotes = 0;
  if (!plain_utf8(text, quotes)) {
    m_out +=
      nlohmann::ordered_json(std::string(text)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return;
  }
  m_out += '"';
  if (quotes == 0) {
    m_out += text;
  } else {
    for (const char c : text) {
      if (c == '"' || c == '\\') {
        m_out += '\\';
      }
      m_out += c;
    }
  }
  m_out += '"';
}

JsonWriter&
JsonWriter::string(std::string_view text)
{
  before_value();
  escaped(text);
  return *this;
}

JsonWriter&
JsonWriter::number(double value)
{
  before_value();
  if (!std::isfinite(value)) {
    m_out += "null";
    return *this;
  }
  // nlohmann's own shortest round-trip formatting (Grisu2, "75.0", "1e+20").
  std::array<char, 64> buffer{};
  char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  m_out.append(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
  return *this;
}

JsonWriter&
JsonWriter::integer(std::int64_t value)
{
  before_value();
  append_decimal(m_out, value);
  return *this;
}

JsonWriter&
JsonWriter::unsigned_integer(std::uint64_t value)
{
  before_value();
  append_decimal(m_out, value);
  return *this;
}

JsonWriter&
JsonWriter::boolean(bool value)
{
  before_value();
  m_out += value ? "true" : "false";
  return *this;
}

JsonWriter&
JsonWriter::null()
{
  before_value();
  m_out += "null";
  return *this;
}

JsonWriter&
JsonWriter::value(const nlohmann::ordered_json& json)
{
  using Type = nlohmann::ordered_json::value_t;
  switch (json.type()) {
  case Type::object:
    begin_object();
    for (const auto& [name, member] : json.items()) {
      key(name);
      value(member);
    }
    return end_object();
  case Type::array:
    begin_array();
    for (const auto& element : json) {
      value(element);
    }
    return end_array();
  case Type::string:
    return string(json.get_ref<const std::string&>());
  case Type::boolean:
    return boolean(json.get<bool>());
  case Type::number_integer:
    return integer(json.get<std::int64_t>());
  case Type::number_unsigned:
    return unsigned_integer(json.get<std::uint64_t>());
  case Type::number_float:
    return number(json.get<double>());
  case Type::null:
  case Type::binary:
  case Type::discarded:
    break;
  }
  return null();
}

std::string
JsonWriter::finish()
{
  m_out += '\n';
  return std::move(m_out);
}

} // namespace framewise::report
