// Fuzzes what scan reads from Python files as text: setup.py's literal lists,
// Django's INSTALLED_APPS and the servers a script starts itself (through the
// small tokenizer).
#include "scan_fuzz_common.hpp"

#include <framewise/scan/python_manifests.hpp>
#include <framewise/scan/python_script.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::check_manifest_read(scan::read_setup_py(text, "setup.py"), text);
  fuzz::check_manifest_read(scan::read_installed_apps(text, "settings.py"), text);
  fuzz::check_server_read(scan::read_python_script(text, "main.py"), text);
  return 0;
}
