#include <framewise/report/diagnostic_text.hpp>
#include <framewise/report/text_toolkit.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <string>

using framewise::report::escape_controls;

namespace {

// `code` encoded as UTF-8, written out here.
std::string
utf8(std::uint32_t code)
{
  std::string out;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
  return out;
}

// Which characters escape_controls must show escaped, as its contract lists
// them: C0, DEL, C1, the direction marks U+200E/U+200F, U+2028..U+202E and
// U+2066..U+2069.
bool
must_escape(std::uint32_t code)
{
  return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x200E || code == 0x200F ||
         (code >= 0x2028 && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

} // namespace

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
    CHECK(escape_controls("a\x07"
                          "b") == "a\\x07b");
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
    CHECK(escape_controls("a\xc2\x9b"
                          "31m") == "a\\u009B31m");
    CHECK(escape_controls("\xc2\x9d"
                          "52;c;x") == "\\u009D52;c;x");
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
    CHECK(escape_controls("\xe2\x80\xae"
                          "evil") == "\\u202Eevil");
    CHECK(escape_controls("a\xe2\x81\xa6"
                          "b\xe2\x81\xa9") == "a\\u2066b\\u2069");
    CHECK(escape_controls("a\xe2\x80\xa8"
                          "b") == "a\\u2028b");
    CHECK(escape_controls("a\xe2\x80\x8f") == "a\\u200F");
    CHECK(escape_controls("a\xe2\x80\x94"
                          "b") == "a\xe2\x80\x94"
                                  "b"); // an em dash is text
  }

  TEST_CASE("every code point up to U+2FFF and at the top of the range: escaped exactly when the contract says")
  {
    // Each range's first and last member and both neighbours are in here.
    std::size_t escaped = 0;
    for (std::uint32_t code = 0; code <= 0x10FFFF; code = code < 0x3000 ? code + 1 : code + 0x1001) {
      if (code >= 0xD800 && code <= 0xDFFF) {
        continue; // surrogates are not characters
      }
      CAPTURE(code);
      std::string text = "a"; // built in steps: g++ 12 warns falsely on "a" + s + "b"
      text += utf8(code);
      text += 'b';
      const std::string shown = escape_controls(text);
      if (must_escape(code)) {
        const std::string expected = code < 0x80 ? fmt::format("a\\x{:02X}b", code) : fmt::format("a\\u{:04X}b", code);
        CHECK(shown == expected);
        ++escaped;
      } else {
        CHECK(shown == text);
      }
    }
    CHECK(escaped == 32 + 33 + 2 + 7 + 4);
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
