#include <framewise/report/diagnostic_text.hpp>
#include <framewise/report/terminal_text.hpp>

#include <doctest/doctest.h>

#include <string>

using framewise::report::escape_controls;

TEST_SUITE("report::escape_controls")
{
  TEST_CASE("text without controls is unchanged, UTF-8 included")
  {
    CHECK(escape_controls("Django 5.0 – café, 日本, \xF0\x9F\x90\x8D") == "Django 5.0 – café, 日本, \xF0\x9F\x90\x8D");
    CHECK(escape_controls("") == "");
  }

  TEST_CASE("C0 controls and DEL show as \\xNN: ESC, BEL, backspace, CR, tab, line feed")
  {
    CHECK(escape_controls("\x1b[2J") == "\\x1B[2J");
    CHECK(escape_controls("a\x07" "b") == "a\\x07b");
    CHECK(escape_controls("safe\b\b\b\bevil") == "safe\\x08\\x08\\x08\\x08evil");
    CHECK(escape_controls("ok\rEVIL") == "ok\\x0DEVIL");
    CHECK(escape_controls("a\tb\nc") == "a\\x09b\\x0Ac");
    CHECK(escape_controls("x\x7f") == "x\\x7F");
    CHECK(escape_controls(std::string("a\0b", 3)) == "a\\x00b");
  }

  TEST_CASE("OSC 8 links and OSC 52 clipboard writes never reach the terminal intact")
  {
    CHECK(escape_controls("\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\") ==
          "\\x1B]8;;http://evil.example\\x1B\\click\\x1B]8;;\\x1B\\");
    CHECK(escape_controls("\x1b]52;c;cm0gLXJmIH4=\x07") == "\\x1B]52;c;cm0gLXJmIH4=\\x07");
  }

  TEST_CASE("C1 controls (the one-byte CSI, OSC, NEL) show as \\u00NN")
  {
    CHECK(escape_controls("a\xc2\x9b" "31m") == "a\\u009B31m");
    CHECK(escape_controls("\xc2\x9d" "52;c;x") == "\\u009D52;c;x");
    CHECK(escape_controls("line\xc2\x85next") == "line\\u0085next");
  }

  TEST_CASE("bytes that are not UTF-8 show as \\xNN, surrogates and overlong forms included")
  {
    CHECK(escape_controls("caf\xe9") == "caf\\xE9");
    CHECK(escape_controls("\xed\xa0\x80") == "\\xED\\xA0\\x80");
    CHECK(escape_controls("\xc0\xaf") == "\\xC0\\xAF");
    CHECK(escape_controls("\x85") == "\\x85");
    CHECK(escape_controls("\xe2\x82") == "\\xE2\\x82");
  }

  TEST_CASE("direction overrides and line separators show as \\uNNNN")
  {
    CHECK(escape_controls("\xe2\x80\xae" "evil") == "\\u202Eevil");
    CHECK(escape_controls("a\xe2\x81\xa6" "b\xe2\x81\xa9") == "a\\u2066b\\u2069");
    CHECK(escape_controls("a\xe2\x80\xa8" "b") == "a\\u2028b");
    CHECK(escape_controls("a\xe2\x80\x8f") == "a\\u200F");
    CHECK(escape_controls("a\xe2\x80\x94" "b") == "a\xe2\x80\x94" "b"); // an em dash is text
  }

  TEST_CASE("a diagnostic echoing a hostile source line prints it escaped")
  {
    framewise::model::Diagnostic diagnostic;
    diagnostic.domain = framewise::model::Domain::profile;
    diagnostic.pos = {"p\x1b.yaml", 1, 7};
    diagnostic.message = "bad \x1b]52;c;x\x07";
    diagnostic.hint = "return to the start\r of the line";
    diagnostic.source_line = "name: \x1b[31mred\x07";
    const std::string text = framewise::report::render_diagnostic(diagnostic);
    CHECK(text == "p\\x1B.yaml:1:7: profile: bad \\x1B]52;c;x\\x07\n"
                  "  name: \\x1B[31mred\\x07\n"
                  "        ^\n"
                  "hint: return to the start\\x0D of the line\n");
  }
}
