#include "fuzz_support.hpp"

#include <framewise/load/embedded_pack.hpp>
#include <framewise/report/diagnostic_text.hpp>

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

void
check_terminal_safe(std::string_view text, const char* what)
{
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\n') || byte == 0x7F) {
      std::fprintf(stderr, "control character 0x%02X reached the terminal in %s\n", byte, what);
      std::abort();
    }
  }
}

} // namespace framewise::fuzz
