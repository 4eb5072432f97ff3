// Must not compile: the engine does not link the cli layer, so its include
// root has no framewise/cli (cmake/Layers.cmake). Built by the ctest
// layers.engine_cannot_include_cli, which passes only on that error.
#include <framewise/cli/app.hpp>
