#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace framewise::report {

// Writes JSON text byte for byte as nlohmann::ordered_json::dump(2, ' ',
// false, replace) would, without building a document first. Building and
// dumping a document was a third of the instructions of a cold `recommend
// --format json`; this writes straight into one string. Calls must nest as
// JSON does (key() before each member of an object).
class JsonWriter
{
public:
  JsonWriter();

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);

  JsonWriter& string(std::string_view text);
  JsonWriter& number(double value); // null when not finite, as nlohmann
  JsonWriter& integer(std::int64_t value);
  JsonWriter& unsigned_integer(std::uint64_t value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  // A small value built as a document (an answer, from answer_json).
  JsonWriter& value(const nlohmann::ordered_json& json);

  // The text, with the newline the CLI prints after a document.
  std::string finish();

private:
  void before_value();
  void open(char bracket);
  void close(char bracket);
  void newline_and_indent();
  void escaped(std::string_view text);

  std::string m_out;
  std::vector<std::size_t> m_members; // per open object or array: values written so far
  bool m_after_key = false;
};

} // namespace framewise::report
