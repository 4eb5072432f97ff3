#include "helpers.hpp"
#include "scan_helpers.hpp"

#include <framewise/scan/setup_cfg.hpp>

#include <fmt/format.h>

#include <string>

using framewise::scan::ManifestRead;
using framewise::scan::read_pipfile_lock;
using framewise::scan::read_setup_cfg;

TEST_CASE("setup.cfg: install_requires on continuation lines, comments skipped, extras and tests_require")
{
  const auto read = read_setup_cfg("[metadata]\n"
                                   "name = x\n"
                                   "install_requires = not-in-options\n"
                                   "\n"
                                   "[options]\n"
                                   "install_requires = Flask>=2\n"
                                   "    # a comment line\n"
                                   "    PyMySQL ; python_version >= \"3.8\"\n"
                                   "; a configparser comment\n"
                                   "tests_require: pytest\n"
                                   "[options.extras_require]\n"
                                   "realtime =\n"
                                   "\tflask-socketio  # inline comment\n",
                                   "setup.cfg");
  CHECK(read.errors.empty());
  CHECK(test::dependency_summary(read) == "flask:declared@6:20 pymysql:declared@8:5 pytest:group:tests_require@10:16 "
                                          "flask-socketio:optional:realtime@13:2");
}

TEST_CASE("setup.cfg: a bad requirement and a line that is not INI are errors")
{
  const auto read = read_setup_cfg("[options]\ninstall_requires =\n    flask[\nnot a key\n", "setup.cfg");
  REQUIRE(read.errors.size() == 2);
  CHECK(framewise::report::render_diagnostic(read.errors[0]) ==
        "setup.cfg:3:10: scan: 'flask[': the extras list '[' is not closed with ']'\n"
        "      flask[\n"
        "           ^\n");
  CHECK(read.errors[1].pos.line == 4);
}

TEST_CASE("Pipfile.lock: default and develop entries are lock entries at their lines")
{
  const auto read = read_pipfile_lock("{\n"
                                      "    \"_meta\": {},\n"
                                      "    \"default\": {\n"
                                      "        \"Django\": {\"version\": \"==5.0\"},\n"
                                      "        \"channels\": {}\n"
                                      "    },\n"
                                      "    \"develop\": {\n"
                                      "        \"pytest\": {}\n"
                                      "    }\n"
                                      "}\n",
                                      "Pipfile.lock");
  CHECK(read.errors.empty());
  CHECK(test::dependency_summary(read) == "django:lock@4:10 channels:lock@5:10 pytest:lock:develop@8:10");
  CHECK(read_pipfile_lock("[1, 2]", "Pipfile.lock").errors.size() == 1);
}
