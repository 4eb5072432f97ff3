// framewise: which Python web framework fits a project, and why.
// main is the library plus this one call; everything else lives in src/framewise/.
#include <framewise/cli/app.hpp>

int
main(int argc, char** argv)
{
  return framewise::cli::run(argc, argv);
}
