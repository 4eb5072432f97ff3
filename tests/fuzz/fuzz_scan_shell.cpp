// Fuzzes the shell script reader (shell word splitting, every simple command
// analysed) and the gunicorn.conf.py reader.
#include "scan_fuzz_common.hpp"

#include <framewise/scan/gunicorn_conf.hpp>
#include <framewise/scan/service_files.hpp>

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  using namespace framewise;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::check_server_read(scan::read_shell_script(text, "entrypoint.sh"), text);
  const auto config = scan::read_gunicorn_config(text, "gunicorn.conf.py");
  if (config.found) {
    fuzz::check(config.pos.line >= 1 && config.pos.column >= 1, "worker_class has a position");
    std::string rule;
    std::string why;
    scan::gunicorn_class_workers(config.worker_class, rule, why);
    fuzz::check(!rule.empty(), "a worker class has a rule");
  }
  return 0;
}
