// Must not build: yaml-cpp is in /usr/include, where any file finds it, so the
// engine's include check (cmake/CheckLayerIncludes.cmake) refuses it before
// the compiler runs. Built by the ctest layers.engine_cannot_include_yaml_cpp.
#include <yaml-cpp/yaml.h>
