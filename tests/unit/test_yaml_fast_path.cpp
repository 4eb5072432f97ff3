#include <framewise/load/source_text.hpp>
#include <framewise/load/yaml_fast_path.hpp>

#include "yaml_tree_dump.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using framewise::load::parse_yaml_fast_path;
using framewise::load::parse_yaml_with_yaml_cpp;
using framewise::load::YamlDocument;
using framewise::test::dump_yaml_tree;

namespace {

// What yaml-cpp makes of `text`, or "error" when it refuses it.
std::string
yaml_cpp_tree(const std::string& text)
{
  YamlDocument document;
  try {
    if (parse_yaml_with_yaml_cpp(text, document)) {
      return "error";
    }
  } catch (const YAML::Exception&) {
    return "error";
  }
  return dump_yaml_tree(document);
}

// The fast path's tree, or "declined".
std::string
fast_tree(const std::string& text)
{
  YamlDocument document;
  if (!parse_yaml_fast_path(text, document)) {
    CHECK_FALSE(document.root().exists());
    return "declined";
  }
  return dump_yaml_tree(document);
}

std::string
read_file(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The files of a golden case that are not inputs: what the case expects, its
// arguments and its scripts.
bool
is_case_metadata(const fs::path& path)
{
  const std::string name = path.filename().string();
  return name.starts_with("expected.") || name == "args" || name == "generate" || name == "limits";
}

// Every input text of the repository: examples, the pack, the inputs of the
// golden cases, the fuzz corpora and regression inputs. Paths relative to the
// source directory, sorted.
std::vector<std::string>
repository_input_files()
{
  std::vector<std::string> files;
  const fs::path root = FRAMEWISE_SOURCE_DIR;
  for (const char* dir : {"data", "rules", "tests/cli", "tests/bad", "tests/fuzz/corpus", "tests/fuzz/regression"}) {
    if (!fs::exists(root / dir)) {
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
      if (entry.is_regular_file() && !is_case_metadata(entry.path())) {
        files.push_back(fs::relative(entry.path(), root).generic_string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// tests/unit/yaml_fast_path_accepted.txt: the texts the fast path must accept
// (and so compare with yaml-cpp), one path a line.
std::vector<std::string>
accepted_list()
{
  std::istringstream in(read_file(fs::path(FRAMEWISE_SOURCE_DIR) / "tests/unit/yaml_fast_path_accepted.txt"));
  std::vector<std::string> paths;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') {
      paths.push_back(line);
    }
  }
  return paths;
}

} // namespace

TEST_SUITE("yaml fast path")
{
  TEST_CASE("every example profile takes the fast path and gets yaml-cpp's tree")
  {
    std::size_t examples = 0;
    for (const auto& entry : fs::directory_iterator(FRAMEWISE_EXAMPLES_DIR)) {
      if (entry.path().extension() != ".yaml") {
        continue;
      }
      ++examples;
      const std::string text = read_file(entry.path());
      CAPTURE(entry.path().string());
      const std::string fast = fast_tree(text);
      CHECK(fast != "declined");
      CHECK(fast == yaml_cpp_tree(text));
    }
    CHECK(examples >= 10);
  }

  TEST_CASE("on every input text of the repository, what the fast path accepts yaml-cpp reads alike")
  {
    // Every input file (see repository_input_files) the text checks let
    // through is offered to the fast path; each text it accepts must give
    // yaml-cpp's tree. The texts of yaml_fast_path_accepted.txt must all be
    // accepted, so the comparison cannot quietly shrink; a text accepted that
    // is not listed is compared too, and named so the list can be extended.
    const std::vector<std::string> listed = accepted_list();
    std::set<std::string> must_accept(listed.begin(), listed.end());
    std::size_t accepted = 0;
    std::size_t offered = 0;
    for (const std::string& path : repository_input_files()) {
      const std::string text = read_file(fs::path(FRAMEWISE_SOURCE_DIR) / path);
      CAPTURE(path);
      const bool listed_here = must_accept.erase(path) > 0;
      if (framewise::load::check_text({"t", text}, framewise::model::Domain::profile)) {
        CHECK_FALSE(listed_here); // the readers never see these
        continue;
      }
      ++offered;
      const std::string fast = fast_tree(text);
      if (fast == "declined") {
        CHECK_FALSE(listed_here);
        continue;
      }
      ++accepted;
      if (!listed_here) {
        MESSAGE("accepted, not yet listed in tests/unit/yaml_fast_path_accepted.txt: " << path);
      }
      CHECK(fast == yaml_cpp_tree(text));
    }
    // A listed file that no longer exists: the list is stale.
    for (const std::string& missing : must_accept) {
      FAIL_CHECK("listed in yaml_fast_path_accepted.txt but not found: " << missing);
    }
    MESSAGE("fast path accepted " << accepted << " of " << offered << " texts");
    CHECK(accepted >= listed.size());
    CHECK(listed.size() >= 100);
  }

  TEST_CASE("the shapes profiles are written in")
  {
    const std::vector<std::string> texts = {
      "",
      "# only a comment\n\n",
      "a: 1\n",
      "# comment\n\nversion: 1   # trailing\nname: billing api\nanswers:\n  x: [a, b]\n  y: []\n",
      "answers:\n    deep: true\n    list:\n      - one\n      - two\n    after: 3\n",
      "answers:\n  list:\n  - compact\n  - items\n  next: x\n",
      "a: \"quoted # not a comment\"\nb: 'single'\nc: \"\"\nd: \"caf\xc3\xa9\" # col\ne: [\"\xc3\xa9\", x]\n",
      "a: null\nb: ~\nc: Null\nd: [null, NULL, x]\nnull: 1\n",
      "a: -5\nb: +3\nc: 1.5\nd: a/b\ne: x@y\nf: a-b_c.d\n",
      "  indented: root\n  second: 2\n",
      "a: [ spaced , items ]\nb:\n- x\n",
      "a: 1\na: 2\n",
      "- top\n- level\n",
      "a:\n  b:\n    c:\n      d: deep\n  e: back\n",
    };
    for (const std::string& text : texts) {
      CAPTURE(text);
      const std::string fast = fast_tree(text);
      CHECK(fast != "declined");
      CHECK(fast == yaml_cpp_tree(text));
    }
  }

  TEST_CASE("anything else is left to yaml-cpp")
  {
    const std::vector<std::string> texts = {
      "a:\n", // a null left unwritten
      "a:\nb: 1\n",
      "a: \"esc\\\"aped\"\n", // escapes
      "a: 'it''s'\n",
      "a: b#c\n", // '#' inside a word
      "a: b: c\n",
      "a:b\n",
      "\"a\": 1\n",       // quoted key
      "a: &x 1\nb: *x\n", // anchors and aliases
      "a: !!str 1\n",     // tags
      "a: |\n  block\n",  // block scalars
      "a: {b: 1}\n",      // flow maps
      "{\"a\": 1}\n",     // JSON
      "a: [1, [2]]\n",
      "a: [1, 2,]\n",
      "a: [1,\n  2]\n",     // a flow list over lines
      "a: multi\n  line\n", // a plain scalar over lines
      "---\na: 1\n",
      "a: 1\r\n",
      "a:\t1\n",
      "a: 1\n b: 2\n", // bad indentation
      "a:\n  b: 1\n c: 2\n",
      "a: 1\n- x\n",
      "- a: 1\n",
      "a: - x\n",
      "just a scalar\n",
    };
    for (const std::string& text : texts) {
      CAPTURE(text);
      CHECK(fast_tree(text) == "declined");
    }
  }
}
