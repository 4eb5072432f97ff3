#pragma once

// Shared by the fuzz targets: the built-in pack (loaded once), a reader that
// turns fuzz bytes into values, and checks that stop the run on a broken
// property. Built both with libFuzzer (make fuzz) and with g++ into the replay
// programs that `make test` runs over the corpus and the regression inputs.

#include <framewise/model/pack.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace framewise::fuzz {

// The embedded rule pack, loaded on first use; aborts when it does not load.
const model::RulePack& builtin_pack();

// Consumes fuzz input from the front: bytes for choices and numbers, the
// rest as text. Past the end every number is 0.
class ByteReader
{
public:
  ByteReader(const std::uint8_t* data, std::size_t size)
      : m_data(data)
      , m_size(size)
  {}

  std::uint8_t byte();
  std::uint64_t word();    // 8 bytes, little-endian
  std::string_view rest(); // what is left, as text

private:
  const std::uint8_t* m_data;
  std::size_t m_size;
  std::size_t m_at = 0;
};

// Stops the run (a crash libFuzzer records) when `holds` is false.
void check(bool holds, const char* what);

// Checks that text meant for a terminal is valid UTF-8 and holds no control
// character but '\n' (C0, DEL and C1), and no direction mark, override,
// isolate or line separator, so nothing from the input can drive the terminal
// or disguise the text around it.
void check_terminal_safe(std::string_view text, const char* what);

} // namespace framewise::fuzz
