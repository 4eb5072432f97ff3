// Fuzzes the setup.cfg reader and the Pipfile.lock reader.
#include "scan_fuzz_common.hpp"

#include <framewise/scan/setup_cfg.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::check_manifest_read(scan::read_setup_cfg(text, "setup.cfg"), text);
  fuzz::check_manifest_read(scan::read_pipfile_lock(text, "Pipfile.lock"), text);
  return 0;
}
