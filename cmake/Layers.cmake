# Each layer of src/framewise/ (ARCHITECTURE.md) is its own library,
# framewise_<layer>, linking only the layers and third-party libraries it may
# use. Two things make an include that goes the wrong way fail the build:
#
#  - Include roots. No target sees src/. A layer's headers are reachable only as
#    <build>/layer-include/<layer>/framewise/<layer>, a symbolic link to
#    src/framewise/<layer>, which framewise_<layer> exports to what links it.
#    framewise_engine links framewise_model alone, so in an engine file
#    `#include <framewise/cli/app.hpp>` is "No such file or directory".
#  - An include check. Third-party headers are in /usr/include, on every
#    compiler's default search path, so no include path can hide yaml-cpp or
#    CLI11 from the engine. Each layer therefore names the headers it may
#    include besides its own, the layers it links and the C++ standard library
#    (ALLOW, prefixes such as "yaml-cpp/"), and cmake/CheckLayerIncludes.cmake
#    runs before the layer compiles and fails the build on any other one, and
#    on any #include "..." (which would find files beside the includer, past
#    the include roots).
#
# tests/layers/ holds one file per barrier that must not build (a ctest each).

set(FRAMEWISE_LAYER_INCLUDE_DIR "${PROJECT_BINARY_DIR}/layer-include")

# The include root of src/framewise/<name>: a directory holding only
# framewise/<name>, a link to the sources.
function(framewise_include_root name out_dir)
  set(root "${FRAMEWISE_LAYER_INCLUDE_DIR}/${name}")
  file(MAKE_DIRECTORY "${root}/framewise")
  if(NOT IS_SYMLINK "${root}/framewise/${name}")
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/framewise/${name}" "${root}/framewise/${name}" SYMBOLIC)
  endif()
  set(${out_dir} "${root}" PARENT_SCOPE)
endfunction()

# A build step that checks the #include lines of `files` against `allow`
# (prefixes of the headers allowed besides framewise's own and the standard
# library's); `label` names the layer in the error. Sets `out_stamp` to the file
# it writes when the check passes: list it among a target's sources (or
# DEPENDS) to run the check before the target builds.
function(framewise_check_includes name label allow files out_stamp)
  string(REPLACE ";" "," allow_list "${allow}")
  string(REPLACE ";" "," file_list "${files}")
  set(stamp "${FRAMEWISE_LAYER_INCLUDE_DIR}/${name}.includes-checked")
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND "${CMAKE_COMMAND}" "-DLAYER=${label}" "-DALLOW=${allow_list}" "-DFILES=${file_list}" "-DSTAMP=${stamp}"
      -P "${PROJECT_SOURCE_DIR}/cmake/CheckLayerIncludes.cmake"
    DEPENDS ${files} "${PROJECT_SOURCE_DIR}/cmake/CheckLayerIncludes.cmake"
    COMMENT "Checking the includes of the ${label} layer"
    VERBATIM)
  set(${out_stamp} "${stamp}" PARENT_SCOPE)
endfunction()

# framewise_layer(NAME
#   [LAYERS layer...]            framewise layers it may use (linked PUBLIC: its headers may name their types)
#   [PUBLIC_LIBRARIES target...] third-party targets its headers use
#   [PRIVATE_LIBRARIES lib...]   third-party libraries only its sources use
#   [ALLOW prefix...]            header prefixes it may include (see above)
#   [SOURCES file...])           generated sources that belong to it
# Defines framewise_NAME from src/framewise/NAME/**.cpp: a static library, or an
# interface library (its headers alone) while the directory holds no source.
function(framewise_layer name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "LAYERS;PUBLIC_LIBRARIES;PRIVATE_LIBRARIES;ALLOW;SOURCES")
  set(target framewise_${name})
  set(dir "${PROJECT_SOURCE_DIR}/src/framewise/${name}")
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${dir}/*.cpp")
  file(GLOB_RECURSE headers CONFIGURE_DEPENDS "${dir}/*.hpp")
  list(APPEND sources ${arg_SOURCES})
  framewise_include_root(${name} root)
  set(layer_targets "")
  foreach(layer IN LISTS arg_LAYERS)
    list(APPEND layer_targets framewise_${layer})
  endforeach()
  if(sources)
    framewise_check_includes(${target} ${name} "${arg_ALLOW}" "${sources};${headers}" stamp)
    add_library(${target} STATIC ${sources} "${stamp}")
    target_include_directories(${target} PUBLIC "${root}")
    target_link_libraries(${target}
      PUBLIC ${layer_targets} ${arg_PUBLIC_LIBRARIES}
      PRIVATE ${arg_PRIVATE_LIBRARIES} framewise_settings framewise_warnings)
  else()
    # Nothing to compile yet (a new layer): the headers, the links, and the
    # include check as a target of its own that every build runs.
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE "${root}")
    target_link_libraries(${target} INTERFACE ${layer_targets} ${arg_PUBLIC_LIBRARIES})
    if(headers)
      framewise_check_includes(${target} ${name} "${arg_ALLOW}" "${headers}" stamp)
      add_custom_target(${target}_includes ALL DEPENDS "${stamp}")
    endif()
  endif()
  set_property(GLOBAL PROPERTY FRAMEWISE_ALLOW_${name} "${arg_ALLOW}")
endfunction()

# The ALLOW list `framewise_layer` was given for `name`, for the probes of
# tests/layers/.
function(framewise_layer_allow name out_var)
  get_property(allow GLOBAL PROPERTY FRAMEWISE_ALLOW_${name})
  set(${out_var} "${allow}" PARENT_SCOPE)
endfunction()
