// The reference reports (compare, questions, mistakes, diagnose, init) fit the
// terminal, keep words whole, and the profile template loads.
#include "helpers.hpp"

#include <framewise/engine/symptom_search.hpp>
#include <framewise/report/reference/comparison_report.hpp>
#include <framewise/report/reference/diagnosis_report.hpp>
#include <framewise/report/reference/mistakes_report.hpp>
#include <framewise/report/reference/profile_template.hpp>
#include <framewise/report/reference/questions_report.hpp>
#include <framewise/report/reference/questions_wording.hpp>
#include <framewise/report/text_table.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <sstream>
#include <vector>

namespace {

using framewise::report::Color;
using framewise::report::TextStyle;

// The lines of `text` wider than `width` that could have been wrapped (a
// single word longer than the line, a dotted path, has to run over), and the
// lines that end in a space.
std::vector<std::string>
overlong_lines(const std::string& text, std::size_t width)
{
  std::istringstream lines(text);
  std::vector<std::string> overlong;
  for (std::string line; std::getline(lines, line);) {
    const auto start = line.find_first_not_of(' ');
    const bool one_word = start == std::string::npos || line.find(' ', start) == std::string::npos;
    // A trailing space is invisible but shows in diffs of saved output.
    const bool trailing_space = !line.empty() && line.back() == ' ';
    if ((framewise::report::display_width(line) > width && !one_word) || trailing_space) {
      overlong.push_back(line);
    }
  }
  return overlong;
}

} // namespace

TEST_SUITE("report: reference commands")
{
  TEST_CASE("every text report fits 40 and 80 columns, with no trailing spaces")
  {
    const auto& pack = test::builtin_pack();
    const auto diagnosis = framewise::engine::diagnose_symptom(pack, "memory keeps growing");
    REQUIRE(diagnosis);
    for (const std::size_t width : {40U, 80U}) {
      INFO("width ", width);
      const TextStyle style{Color::off, width};
      CHECK(overlong_lines(framewise::report::render_comparison_text(pack, style), width).empty());
      CHECK(overlong_lines(framewise::report::render_questions_text(pack, style), width).empty());
      CHECK(overlong_lines(framewise::report::render_mistakes_text(pack, style), width).empty());
      const framewise::report::DiagnosisView view{pack, "memory keeps growing", *diagnosis};
      CHECK(overlong_lines(framewise::report::render_diagnosis_text(view, style), width).empty());
    }
  }

  TEST_CASE("compare on a narrow terminal lists each framework on its own line instead of cutting words")
  {
    const TextStyle narrow{Color::off, 40};
    const std::string text = framewise::report::render_comparison_text(test::builtin_pack(), narrow);
    CHECK(text.find("  FastAPI: Automatic, through Pydantic\n") != std::string::npos);
    const TextStyle wide{Color::off, 200};
    const std::string table = framewise::report::render_comparison_text(test::builtin_pack(), wide);
    CHECK(table.find("Data validation      Automatic, through Pydantic models ") != std::string::npos);
  }

  TEST_CASE("a table narrows its widest column first and wraps its cells")
  {
    const framewise::report::TextTable table{{"a", "b"}, {{"one two three four", "x"}}};
    CHECK(framewise::report::render_text_table(table, 12, Color::off) == "a          b\n"
                                                                         "---------  -\n"
                                                                         "one two    x\n"
                                                                         "three\n"
                                                                         "four\n");
  }

  TEST_CASE("the profile template loads, with every question unanswered")
  {
    const auto& pack = test::builtin_pack();
    const auto profile = test::profile_from(pack, framewise::report::render_profile_template(pack, "framewise.yaml"));
    for (const auto& answer : profile.answers) {
      CHECK_FALSE(answer.answered);
    }
    CHECK(test::profile_errors(pack, framewise::report::render_profile_template(test::pack_from(test::k_small_pack),
                                                                                "x")) != "ok"); // other pack's ids
    const auto small = test::pack_from(test::k_small_pack);
    CHECK(test::profile_errors(small, framewise::report::render_profile_template(small, "x")) == "ok");
  }

  TEST_CASE("a control character in a pack's text cannot reach the terminal or end a template comment")
  {
    auto pack = test::pack_from(test::k_small_pack);
    pack.questions[0].help = "line one\nanswers:\x1b[31m";
    const std::string text = framewise::report::render_profile_template(pack, "x");
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find("  # line one answers:\\x1B[31m\n") != std::string::npos);
    CHECK(test::profile_errors(pack, text) == "ok");
  }

  TEST_CASE("labels that only repeat the option id are not shown")
  {
    CHECK(framewise::report::shown_label({"fastapi", "FastAPI", {}}).empty());
    CHECK(framewise::report::shown_label({"long_lived", "Long lived", {}}).empty());
    CHECK(framewise::report::shown_label({"api", "JSON API first", {}}) == "JSON API first");
  }
}
