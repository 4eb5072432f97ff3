#include "fuzz_support.hpp"

#include <framewise/load/embedded_pack.hpp>
#include <framewise/report/diagnostic_text.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace framewise::fuzz {

const model::RulePack&
builtin_pack()
{
  static const model::RulePack pack = [] {
    const auto files = load::embedded_pack_files();
    const std::vector<load::PackLayer> layers{load::PackLayer{{files.begin(), files.end()}}};
    model::Diagnostics diagnostics;
    auto loaded = load::load_pack(layers, diagnostics);
    check(loaded.has_value(), "the built-in pack loads");
    return std::move(*loaded);
  }();
  return pack;
}

std::uint8_t
ByteReader::byte()
{
  return m_at < m_size ? m_data[m_at++] : 0;
}

std::uint64_t
ByteReader::word()
{
  std::uint64_t value = 0;
  for (int i = 0; i < 8; ++i) {
    value |= std::uint64_t{byte()} << (8 * i);
  }
  return value;
}

std::string_view
ByteReader::rest()
{
  const std::string_view text(reinterpret_cast<const char*>(m_data) + m_at, m_size - m_at);
  m_at = m_size;
  return text;
}

void
check(bool holds, const char* what)
{
  if (!holds) {
    std::fprintf(stderr, "fuzz property broken: %s\n", what);
    std::abort();
  }
}

namespace {

// The code point of the UTF-8 sequence at text[at] and its length, or length 0
// when the bytes there are not well-formed UTF-8 (overlong forms, surrogates
// and values past U+10FFFF included). Written out here, not taken from
// framewise, so the check does not share a bug with the code it checks.
struct Decoded
{
  std::uint32_t code = 0;
  std::size_t length = 0;
};

Decoded
decode_utf8(std::string_view text, std::size_t at)
{
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) {
    return {lead, 1};
  }
  // The lead byte's length, payload bits and the least code point that length
  // may encode.
  std::size_t length = 0;
  std::uint32_t code = 0;
  std::uint32_t least = 0;
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2;
    code = lead & 0x1FU;
    least = 0x80;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3;
    code = lead & 0x0FU;
    least = 0x800;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4;
    code = lead & 0x07U;
    least = 0x10000;
  } else {
    return {};
  }
  if (at + length > text.size()) {
    return {};
  }
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[at + k]);
    if ((next & 0xC0U) != 0x80U) {
      return {};
    }
    code = (code << 6) | (next & 0x3FU);
  }
  if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    return {};
  }
  return {code, length};
}

// What a terminal may act on or reorder text around: C0 controls but line
// feed, DEL, C1 controls (U+0080..U+009F, CSI and OSC among them), and the
// direction marks, overrides, isolates and line/paragraph separators
// report::escape_controls shows escaped.
bool
drives_terminal(std::uint32_t code)
{
  return (code < 0x20 && code != '\n') || (code >= 0x7F && code <= 0x9F) || code == 0x200E || code == 0x200F ||
         (code >= 0x2028 && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

} // namespace

void
check_terminal_safe(std::string_view text, const char* what)
{
  for (std::size_t at = 0; at < text.size();) {
    const Decoded decoded = decode_utf8(text, at);
    if (decoded.length == 0) {
      std::fprintf(stderr, "invalid UTF-8 byte 0x%02X reached the terminal in %s\n",
                   static_cast<unsigned char>(text[at]), what);
      std::abort();
    }
    if (drives_terminal(decoded.code)) {
      std::fprintf(stderr, "control or direction character U+%04X reached the terminal in %s\n",
                   static_cast<unsigned>(decoded.code), what);
      std::abort();
    }
    at += decoded.length;
  }
}

} // namespace framewise::fuzz
