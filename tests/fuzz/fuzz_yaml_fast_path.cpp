// Fuzzes the YAML fast path against yaml-cpp. Property: whatever text the fast
// path accepts, yaml-cpp parses without error into the same tree, node for
// node, positions included; whatever it declines leaves its document empty.
#include "fuzz_support.hpp"
#include "yaml_tree_dump.hpp"

#include <framewise/load/source_text.hpp>
#include <framewise/load/yaml_fast_path.hpp>
#include <framewise/load/yaml_reader.hpp>
#include <framewise/report/diagnostic_text.hpp>

#include <yaml-cpp/exceptions.h>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // Whatever the text, the reader's diagnostics are safe to print.
  {
    model::Diagnostics diagnostics;
    load::YamlReader reader({"fuzz.yaml", text}, model::Domain::profile, diagnostics);
    (void)reader.parse();
    for (const auto& diagnostic : diagnostics) {
      fuzz::check_terminal_safe(report::render_diagnostic(diagnostic), "a diagnostic");
    }
  }
  // The readers only ever see text that passed these checks.
  if (load::check_text({"fuzz.yaml", text}, model::Domain::profile)) {
    return 0;
  }
  load::YamlDocument fast;
  if (!load::parse_yaml_fast_path(text, fast)) {
    fuzz::check(!fast.root().exists(), "a declined text leaves the document empty");
    return 0;
  }
  load::YamlDocument full;
  try {
    const auto problem = load::parse_yaml_with_yaml_cpp(text, full);
    fuzz::check(!problem.has_value(), "yaml-cpp finds no problem in a text the fast path accepts");
  } catch (const YAML::Exception&) {
    fuzz::check(false, "yaml-cpp parses a text the fast path accepts");
  }
  fuzz::check(test::dump_yaml_tree(fast) == test::dump_yaml_tree(full), "the fast path builds yaml-cpp's tree");
  return 0;
}
