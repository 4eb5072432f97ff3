// Fuzzes the Procfile, systemd unit, supervisord and uWSGI ini readers: the
// same text through each.
#include "scan_fuzz_common.hpp"

#include <framewise/scan/service_files.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::check_server_read(scan::read_procfile(text, "Procfile"), text);
  fuzz::check_server_read(scan::read_systemd_unit(text, "app.service"), text);
  fuzz::check_server_read(scan::read_supervisord_conf(text, "supervisord.conf"), text);
  fuzz::check_server_read(scan::read_uwsgi_ini(text, "uwsgi.ini"), text);
  return 0;
}
