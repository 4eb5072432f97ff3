// Fuzzes what scan takes from TOML (toml++): pyproject.toml, Pipfile and the
// poetry/uv lock readers all read the same bytes.
#include "scan_fuzz_common.hpp"

#include <framewise/scan/toml_manifests.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::check_manifest_read(scan::read_pyproject(text, "pyproject.toml"), text);
  fuzz::check_manifest_read(scan::read_pipfile(text, "Pipfile"), text);
  fuzz::check_manifest_read(scan::read_toml_lock(text, "uv.lock"), text);
  return 0;
}
