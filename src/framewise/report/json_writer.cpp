#include <framewise/report/json_writer.hpp>

#include <array>
#include <charconv>
#include <cmath>

namespace framewise::report {

namespace {

constexpr int k_indent = 2; // as dump(2)

// A recommendation is about 14 KB: one allocation instead of a dozen regrowths.
constexpr std::size_t k_initial_capacity = 16 * 1024;

// True when `text` is well-formed UTF-8 (Unicode table 3-7: no overlong
// forms, no surrogates, nothing above U+10FFFF) with no control character
// below U+0020; counts the quotes and backslashes to escape in `quotes`.
bool
plain_utf8(std::string_view text, std::size_t& quotes)
{
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size;) {
    // Most text is printable ASCII with nothing to escape: skip it first.
    while (i < size && bytes[i] >= 0x20 && bytes[i] < 0x80 && bytes[i] != '"' && bytes[i] != '\\') {
      ++i;
    }
    if (i == size) {
      break;
    }
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      if (lead < 0x20) {
        return false;
      }
      quotes += lead == '"' || lead == '\\' ? 1 : 0;
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF; // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      low = lead == 0xE0 ? 0xA0 : 0x80;
      high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      low = lead == 0xF0 ? 0x90 : 0x80;
      high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return false;
    }
    if (i + length > size || bytes[i + 1] < low || bytes[i + 1] > high) {
      return false;
    }
    for (std::size_t k = 2; k < length; ++k) {
      if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF) {
        return false;
      }
    }
    i += length;
  }
  return true;
}

} // namespace

JsonWriter::JsonWriter()
{
  m_out.reserve(k_initial_capacity);
}

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

JsonWriter&
JsonWriter::begin_object()
{
  before_value();
  m_out += '{';
  m_members.push_back(0);
  return *this;
}

JsonWriter&
JsonWriter::end_object()
{
  const std::size_t members = m_members.back();
  m_members.pop_back();
  if (members != 0) {
    newline_and_indent();
  }
  m_out += '}';
  return *this;
}

JsonWriter&
JsonWriter::begin_array()
{
  before_value();
  m_out += '[';
  m_members.push_back(0);
  return *this;
}

JsonWriter&
JsonWriter::end_array()
{
  const std::size_t members = m_members.back();
  m_members.pop_back();
  if (members != 0) {
    newline_and_indent();
  }
  m_out += ']';
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
    m_out += nlohmann::ordered_json(std::string(text)).dump(-1, ' ', false,
                                                            nlohmann::ordered_json::error_handler_t::replace);
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
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  m_out.append(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
  return *this;
}

JsonWriter&
JsonWriter::unsigned_integer(std::uint64_t value)
{
  before_value();
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  m_out.append(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
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
