# How framewise is linked. With FRAMEWISE_STATIC (the default) the executable is
# a static PIE: no dynamic loader, no shared-library lookups or relocations at
# start, which is most of what separated a cold start from an empty process
# (bench/README.md). Debian ships every archive needed: libyaml-cpp.a
# (libyaml-cpp-dev), libedit.a (libedit-dev) with libtinfo.a (libncurses-dev),
# libbsd.a (libbsd-dev) and libmd.a (libmd-dev), and glibc's libc.a.
# Sanitizers need the dynamic runtime, so they switch it off.
#
# Sets FRAMEWISE_YAML_CPP (for framewise_load) and FRAMEWISE_LIBEDIT_LIBS (for framewise_cli).

option(FRAMEWISE_STATIC "Link the framewise executable statically (-static-pie)" ON)
if(FRAMEWISE_ASAN OR FRAMEWISE_UBSAN)
  set(FRAMEWISE_STATIC OFF)
endif()

get_target_property(FRAMEWISE_YAML_CPP_INCLUDE yaml-cpp INTERFACE_INCLUDE_DIRECTORIES)
if(NOT FRAMEWISE_YAML_CPP_INCLUDE)
  set(FRAMEWISE_YAML_CPP_INCLUDE "")
endif()
if(FRAMEWISE_STATIC)
  find_library(FRAMEWISE_YAML_CPP_ARCHIVE NAMES libyaml-cpp.a REQUIRED)
  set(FRAMEWISE_YAML_CPP "${FRAMEWISE_YAML_CPP_ARCHIVE}")
  set(FRAMEWISE_LIBEDIT_LIBS "")
  # In link order: libedit needs terminfo and libbsd, libbsd needs libmd.
  foreach(archive IN ITEMS edit tinfo bsd md)
    find_library(FRAMEWISE_LIB_${archive}_ARCHIVE NAMES lib${archive}.a REQUIRED)
    list(APPEND FRAMEWISE_LIBEDIT_LIBS "${FRAMEWISE_LIB_${archive}_ARCHIVE}")
  endforeach()
else()
  set(FRAMEWISE_YAML_CPP yaml-cpp)
  set(FRAMEWISE_YAML_CPP_INCLUDE "")
  find_library(FRAMEWISE_LIBEDIT NAMES edit REQUIRED)
  set(FRAMEWISE_LIBEDIT_LIBS "${FRAMEWISE_LIBEDIT}")
endif()
