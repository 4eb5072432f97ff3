// Fuzzes what scan reads from Python files as text: setup.py's literal lists
// and Django's INSTALLED_APPS (through the small tokenizer).
#include "scan_fuzz_common.hpp"

#include <framewise/scan/python_manifests.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::check_manifest_read(scan::read_setup_py(text, "setup.py"), text);
  fuzz::check_manifest_read(scan::read_installed_apps(text, "settings.py"), text);
  return 0;
}
