// Fuzzes the compose file reader (yaml-cpp) and the command analysis.
#include "scan_fuzz_common.hpp"

#include <framewise/scan/compose_file.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::check_server_read(scan::read_compose_file(text, "compose.yaml"), text);
  return 0;
}
