// load::source_text: the checks every input passes before a parser sees it,
// each limit exactly at and one past the boundary, and the positions
// diagnostics print.
#include <framewise/load/source_text.hpp>
#include <framewise/report/diagnostic_text.hpp>

#include <doctest/doctest.h>

#include <string>

using framewise::load::check_text;
using framewise::model::Domain;

namespace {

// The message of check_text's diagnostic for `text`, or "ok".
std::string
problem(const std::string& text, Domain domain = Domain::profile)
{
  const auto diagnostic = check_text({"in.yaml", text}, domain);
  return diagnostic ? framewise::report::render_diagnostic(*diagnostic) : "ok";
}

// `text` padded with a trailing comment to exactly `size` bytes.
std::string
padded(std::string text, std::size_t size)
{
  text += "#";
  text.resize(size - 1, 'x');
  return text + "\n";
}

} // namespace

TEST_SUITE("load::check_text")
{
  TEST_CASE("1 MiB is read; one byte more is refused, with both sizes")
  {
    CHECK(framewise::load::k_max_input_bytes == 1048576);
    CHECK(problem(padded("answers: {}\n", 1048576)) == "ok");
    CHECK(problem(padded("answers: {}\n", 1048577)) ==
          "in.yaml: profile: file is 1048577 bytes, more than the 1048576 bytes framewise reads\n");
    CHECK(problem(padded("rules: []\n", 1048577), Domain::rules).starts_with("in.yaml: rules: file is 1048577 bytes"));
  }

  TEST_CASE("64 levels of flow brackets are read; the 65th is refused where it opens")
  {
    CHECK(problem("a: " + std::string(64, '[') + std::string(64, ']') + "\n") == "ok");
    const std::string deep = problem("a: " + std::string(65, '[') + std::string(65, ']') + "\n");
    CHECK(deep.starts_with("in.yaml:1:68: profile: nesting is deeper than 64 levels\n"));
    CHECK(deep.find("hint: profiles and rule packs need only a few levels") != std::string::npos);
    // Braces count like brackets, and closing ones lower the depth again.
    CHECK(problem("a: " + std::string(65, '{')).starts_with("in.yaml:1:68:"));
    std::string wide = "a: [";
    for (int i = 0; i < 100; ++i) {
      wide += "[" + std::string(60, '[') + std::string(61, ']') + ", ";
    }
    CHECK(problem(wide + "]\n") == "ok");
  }

  TEST_CASE("brackets in quoted text and comments do not count")
  {
    CHECK(problem("a: \"" + std::string(100, '[') + "\"\n") == "ok");
    CHECK(problem("a: '" + std::string(100, '{') + "'\n") == "ok");
    CHECK(problem("a: 1 # " + std::string(100, '[') + "\n") == "ok");
    // An escaped quote does not end the quoted text.
    CHECK(problem("a: \"\\\"" + std::string(100, '[') + "\"\n") == "ok");
    // A quote inside a word starts nothing, so the brackets after it count.
    CHECK(problem("a: don't " + std::string(65, '[') + "\n").find("nesting is deeper than 64 levels") !=
          std::string::npos);
  }

  TEST_CASE("block nesting: 128 columns of indentation and indicators are read, 129 refused")
  {
    CHECK(problem("a:\n" + std::string(128, ' ') + "b: 1\n") == "ok");
    CHECK(problem("a:\n" + std::string(129, ' ') + "b: 1\n").starts_with("in.yaml:2:129: profile: nesting is deeper"));
    std::string dashes;
    for (int i = 0; i < 64; ++i) {
      dashes += "- ";
    }
    CHECK(problem(dashes + "x\n") == "ok");
    CHECK(problem(dashes + "- x\n").starts_with("in.yaml:1:129: profile: nesting is deeper"));
    // Depth starts again on every line.
    CHECK(problem("a:\n" + std::string(100, ' ') + "b: 1\n" + std::string(100, ' ') + "c: 2\n") == "ok");
  }

  TEST_CASE("binary text is refused at its first NUL")
  {
    CHECK(problem(std::string("a: 1\nb: x\0y\n", 12)) ==
          "in.yaml:2:5: profile: this is a binary file, not YAML or JSON text\n  b: x\\x00y\n      ^\n");
  }

  TEST_CASE("invalid UTF-8 is refused at the first bad byte; every valid length passes")
  {
    CHECK(problem("a: caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\n") == "ok");
    const auto at = [](const std::string& text) { return framewise::load::find_invalid_utf8(text); };
    CHECK(at("ok") == std::nullopt);
    CHECK(at("ab\xE9") == 2);                 // a Latin-1 byte
    CHECK(at("a\xC0\x80") == 1);              // overlong NUL
    CHECK(at("a\xE0\x80\xAF") == 1);          // overlong '/'
    CHECK(at("a\xED\xA0\x80") == 1);          // a surrogate
    CHECK(at("a\xF4\x90\x80\x80") == 1);      // past U+10FFFF
    CHECK(at("a\xE2\x82") == 1);              // truncated at the end
    CHECK(at("a\x80") == 1);                  // a lone continuation byte
    CHECK(at("\xF4\x8F\xBF\xBF z\xFF") == 6); // U+10FFFF is fine, 0xFF is not
    CHECK(problem("name: caf\xE9\n") == "in.yaml:1:10: profile: invalid UTF-8 byte 0xE9\n  name: caf\\xE9\n"
                                        "           ^\nhint: save the file as UTF-8\n");
  }

  TEST_CASE("empty and blank text is refused; one visible character is not blank")
  {
    CHECK(problem("") == "in.yaml: profile: file is empty\n");
    CHECK(problem(" \t\r\n\n") == "in.yaml: profile: file is empty\n");
    CHECK(problem(" a") == "ok");
  }
}

TEST_SUITE("load::find_unbalanced_bracket")
{
  TEST_CASE("an unclosed bracket is reported where it opened, a stray one where it stands")
  {
    using framewise::load::find_unbalanced_bracket;
    CHECK_FALSE(find_unbalanced_bracket("a: [1, {b: 2}]\n").has_value());
    const auto unclosed = find_unbalanced_bracket("a: [1, [2]\n");
    REQUIRE(unclosed.has_value());
    CHECK(unclosed->offset == 3);
    CHECK(unclosed->bracket == '[');
    CHECK(unclosed->unclosed);
    const auto stray = find_unbalanced_bracket("a: 1}\nb: [\n");
    REQUIRE(stray.has_value());
    CHECK(stray->offset == 4);
    CHECK(stray->bracket == '}');
    CHECK_FALSE(stray->unclosed);
    CHECK_FALSE(find_unbalanced_bracket("a: \"[\" # ]\n").has_value());
  }
}

TEST_SUITE("load::line_of, ColumnCounter, diagnostic_at")
{
  TEST_CASE("line_of gives the line without its break; past the end, nothing")
  {
    using framewise::load::line_of;
    const std::string text = "one\r\ntwo\n\nfour";
    CHECK(line_of(text, 1) == "one");
    CHECK(line_of(text, 2) == "two");
    CHECK(line_of(text, 3).empty());
    CHECK(line_of(text, 4) == "four");
    CHECK(line_of(text, 5).empty());
    CHECK(line_of("x\n", 2).empty());
  }

  TEST_CASE("columns count code points, asked in order or not")
  {
    const std::string text = "\xC3\xA9t\xC3\xA9: \xF0\x9F\x98\x80x\nab";
    framewise::load::ColumnCounter columns(text);
    CHECK(columns.column(0, 0) == 1);
    CHECK(columns.column(0, 2) == 2);    // after é
    CHECK(columns.column(0, 7) == 6);    // after "été: "
    CHECK(columns.column(0, 12) == 8);   // after the emoji and x
    CHECK(columns.column(0, 3) == 3);    // backwards: counted again from the line start
    CHECK(columns.column(13, 14) == 2);  // the next line
    CHECK(columns.column(13, 100) == 3); // clamped to the end
  }

  TEST_CASE("diagnostic_at gives line, column, the line's text and the hint")
  {
    const std::string text = "a: 1\n\xC3\xA9\xC3\xA9: bad\n";
    const auto diagnostic = framewise::load::diagnostic_at({"p.yaml", text}, Domain::rules, 11, "m", "h");
    CHECK(diagnostic.pos.file == "p.yaml");
    CHECK(diagnostic.pos.line == 2);
    CHECK(diagnostic.pos.column == 5);
    CHECK(diagnostic.source_line == "\xC3\xA9\xC3\xA9: bad");
    CHECK(diagnostic.domain == Domain::rules);
    CHECK(diagnostic.message == "m");
    CHECK(diagnostic.hint == "h");
  }
}
