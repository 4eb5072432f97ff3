#include <framewise/report/json_writer.hpp>

#include <array>
#include <charconv>
#include <cmath>

namespace framewise::report {

namespace {

constexpr int k_indent = 2; // as dump(2)

} // namespace

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
  // Printable ASCII is written here; anything else (control characters,
  // UTF-8, invalid bytes to replace) is rare and left to nlohmann itself so
  // the bytes cannot differ.
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x80) {
      m_out += nlohmann::ordered_json(std::string(text)).dump(-1, ' ', false,
                                                              nlohmann::ordered_json::error_handler_t::replace);
      return;
    }
  }
  m_out += '"';
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      m_out += '\\';
    }
    m_out += c;
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
