// Fuzzes the Dockerfile reader and the command analysis of what it runs.
#include "scan_fuzz_common.hpp"

#include <framewise/scan/dockerfile.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::check_server_read(scan::read_dockerfile(text, "Dockerfile"), text);
  return 0;
}
