#include <framewise/load/source_text.hpp>
#include <framewise/load/yaml_fast_path.hpp>

#include "yaml_tree_dump.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/exceptions.h>

#include <filesystem>
#include <fstream>
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

// Every YAML text of the repository: examples, the pack, test and fuzz inputs.
std::vector<fs::path>
repository_yaml_files()
{
  std::vector<fs::path> files;
  const fs::path root = FRAMEWISE_SOURCE_DIR;
  for (const char* dir : {"data", "rules", "tests/cli", "tests/bad", "tests/fuzz/corpus", "tests/fuzz/regression"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
      if (entry.is_regular_file() && entry.path().filename() != "expected_stdout" &&
          entry.path().filename() != "expected_stderr") {
        files.push_back(entry.path());
      }
    }
  }
  return files;
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

  TEST_CASE("on every YAML text of the repository, what the fast path accepts yaml-cpp reads alike")
  {
    std::size_t accepted = 0;
    std::size_t files = 0;
    for (const fs::path& path : repository_yaml_files()) {
      const std::string text = read_file(path);
      if (framewise::load::check_text({"t", text}, framewise::model::Domain::profile)) {
        continue; // the readers never see these
      }
      ++files;
      const std::string fast = fast_tree(text);
      if (fast == "declined") {
        continue;
      }
      ++accepted;
      CAPTURE(path.string());
      CHECK(fast == yaml_cpp_tree(text));
    }
    MESSAGE("fast path accepted " << accepted << " of " << files << " texts");
    CHECK(accepted > 20);
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
      "a:\n",                               // a null left unwritten
      "a:\nb: 1\n",
      "a: \"esc\\\"aped\"\n",               // escapes
      "a: 'it''s'\n",
      "a: b#c\n",                           // '#' inside a word
      "a: b: c\n",
      "a:b\n",
      "\"a\": 1\n",                         // quoted key
      "a: &x 1\nb: *x\n",                   // anchors and aliases
      "a: !!str 1\n",                       // tags
      "a: |\n  block\n",                    // block scalars
      "a: {b: 1}\n",                        // flow maps
      "{\"a\": 1}\n",                       // JSON
      "a: [1, [2]]\n",
      "a: [1, 2,]\n",
      "a: [1,\n  2]\n",                     // a flow list over lines
      "a: multi\n  line\n",                 // a plain scalar over lines
      "---\na: 1\n",
      "a: 1\r\n",
      "a:\t1\n",
      "a: 1\n b: 2\n",                      // bad indentation
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
