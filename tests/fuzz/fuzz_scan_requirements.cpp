// Fuzzes the pip requirements-file reader (and through it the PEP 508 name
// parser and #egg= fragments): no crash, positions inside the file, output safe.
#include "scan_fuzz_common.hpp"

#include <framewise/scan/requirements_file.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = scan::parse_requirements_file(text, "requirements.txt");
  fuzz::check_manifest_read(parsed.read, text);
  for (const auto& include : parsed.includes) {
    fuzz::check(include.pos.line >= 1, "an include has a line");
  }
  return 0;
}
