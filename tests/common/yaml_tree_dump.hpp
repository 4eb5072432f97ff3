#pragma once

// A YamlNode tree written out with every property a loader can see (kind,
// plain or quoted, line and column, text, children), so two readers' trees
// compare as strings and a difference shows where they part.

#include <framewise/load/yaml_tree.hpp>

#include <string>

namespace framewise::test {

inline void
dump_yaml_node(load::YamlNode node, std::string& out, int depth = 0)
{
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  out += std::to_string(node.line()) + ":" + std::to_string(node.column()) + " ";
  switch (node.kind()) {
  case load::YamlNode::Kind::null:
    out += node.exists() ? "null\n" : "(no node)\n";
    return;
  case load::YamlNode::Kind::scalar:
    out += (node.is_plain() ? "plain [" : "quoted [") + node.scalar() + "]\n";
    return;
  case load::YamlNode::Kind::sequence:
    out += "list\n";
    for (const load::YamlNode item : node.items()) {
      dump_yaml_node(item, out, depth + 1);
    }
    return;
  case load::YamlNode::Kind::map:
    out += "map\n";
    for (const load::YamlEntry& entry : node.entries()) {
      dump_yaml_node(entry.key, out, depth + 1);
      dump_yaml_node(entry.value, out, depth + 2);
    }
    return;
  }
}

inline std::string
dump_yaml_tree(const load::YamlDocument& document)
{
  std::string out;
  dump_yaml_node(document.root(), out);
  return out;
}

} // namespace framewise::test
