// framewise: which Python web framework fits a project, and why.
// main is the library plus this one call; everything else lives in src/framewise/.
#include <framewise/cli/app.hpp>

#include <cstdio>
#include <cstdlib>

int
main(int argc, char** argv)
{
  const int code = framewise::cli::run(argc, argv);
#ifdef FRAMEWISE_QUICK_EXIT
  // By now every report is written and every file renamed into place; what
  // exit() would still run are the static destructors of CLI11's validators
  // and yaml-cpp's regular expressions, which only free memory, about 50,000
  // instructions. Flush stdio (CLI11 prints help through std::cout, which
  // writes into stdout's buffer) and end without them. Set by CMakeLists.txt
  // for the static release binary only: sanitizer builds exit normally, so
  // LeakSanitizer still checks at exit.
  std::fflush(nullptr);
  std::_Exit(code);
#else
  return code;
#endif
}
