// Fuzzes the strict JSON parser of JSON profiles (load/json_tree.hpp) against
// nlohmann_json, an independent RFC 8259 parser. Properties: on text both
// may read (valid UTF-8, not nested too deeply, no byte-order mark) they agree
// on whether it is JSON, and on the tree (kinds, keys in order, string
// values); a refused text names an offset inside it or at its end; a positive
// line and column for every node.
#include "fuzz_support.hpp"

#include <framewise/load/json_tree.hpp>
#include <framewise/load/source_text.hpp>

#include <nlohmann/json.hpp>

namespace {

using framewise::load::YamlNode;

bool
same_tree(YamlNode node, const nlohmann::ordered_json& json)
{
  if (node.line() == 0 || node.column() == 0) {
    return false;
  }
  switch (node.kind()) {
  case YamlNode::Kind::null:
    return json.is_null();
  case YamlNode::Kind::scalar:
    if (json.is_string()) {
      return !node.is_plain() && node.scalar() == json.get<std::string>();
    }
    if (json.is_boolean()) {
      return node.is_plain() && node.scalar() == (json.get<bool>() ? "true" : "false");
    }
    return json.is_number() && node.is_plain() && !node.scalar().empty();
  case YamlNode::Kind::sequence: {
    if (!json.is_array() || json.size() != node.items().size()) {
      return false;
    }
    for (std::size_t i = 0; i < json.size(); ++i) {
      if (!same_tree(node.items()[i], json[i])) {
        return false;
      }
    }
    return true;
  }
  case YamlNode::Kind::map: {
    // nlohmann keeps the last of duplicate keys; compare only without them.
    if (!json.is_object()) {
      return false;
    }
    if (json.size() != node.entries().size()) {
      return true;
    }
    std::size_t i = 0;
    for (auto it = json.begin(); it != json.end(); ++it, ++i) {
      const auto& entry = node.entries()[i];
      if (entry.key.scalar() != it.key() || !same_tree(entry.value, it.value())) {
        return false;
      }
    }
    return true;
  }
  }
  return false;
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // The profile loader only parses text that passed these checks.
  if (load::check_text({"fuzz.json", text}, model::Domain::profile) || text.starts_with("\xEF\xBB\xBF")) {
    return 0;
  }
  load::YamlDocument document;
  const auto problem = load::parse_json(text, document);
  const auto reference = nlohmann::ordered_json::parse(text, nullptr, false);
  if (problem) {
    fuzz::check(problem->offset <= text.size(), "a problem is inside the text or at its end");
    fuzz::check(problem->message.find("JSON") != std::string::npos || problem->message.find("nesting") == 0,
                "a problem says what is wrong");
    fuzz::check(reference.is_discarded() || problem->message.find("nesting") == 0,
                "nlohmann_json refuses what framewise refuses");
    return 0;
  }
  fuzz::check(!reference.is_discarded(), "nlohmann_json accepts what framewise accepts");
  fuzz::check(same_tree(document.root(), reference), "framewise builds nlohmann_json's tree");
  return 0;
}
