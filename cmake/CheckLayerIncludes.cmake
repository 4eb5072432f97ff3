# Fails when a file of a layer includes a header the layer may not use
# (cmake/Layers.cmake), run as
#   cmake -DLAYER=engine -DALLOW="prefix,..." -DFILES="a.cpp,b.hpp" -DSTAMP=file -P CheckLayerIncludes.cmake
# Allowed: <framewise/...> (the include roots decide which layers resolve), the
# C++ standard library (a name with no "." or "/", e.g. <string_view>), and
# any header starting with one of ALLOW. Refused: everything else, and every
# #include "..." (it would find the files beside the includer, past the
# include roots). Every offending line is reported, then the check fails.
cmake_minimum_required(VERSION 3.20)

string(REPLACE "," ";" FILES "${FILES}")
string(REPLACE "," ";" ALLOW "${ALLOW}")
set(problems "")
foreach(file IN LISTS FILES)
  file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*<([^>]+)>")
      set(header "${CMAKE_MATCH_1}")
      if(header MATCHES "^framewise/" OR NOT header MATCHES "[./]")
        continue()
      endif()
      set(allowed FALSE)
      foreach(prefix IN LISTS ALLOW)
        string(FIND "${header}" "${prefix}" at)
        if(at EQUAL 0)
          set(allowed TRUE)
          break()
        endif()
      endforeach()
      if(NOT allowed)
        string(APPEND problems "${file}: the ${LAYER} layer may not include <${header}>\n")
      endif()
    else()
      string(STRIP "${line}" line)
      string(APPEND problems "${file}: '${line}': include framewise headers as <framewise/LAYER/...>, "
        "so that the include roots decide what a layer sees\n")
    endif()
  endforeach()
endforeach()
if(problems)
  # NOTICE prints the lines as they are; FATAL_ERROR would re-wrap them.
  message(NOTICE "${problems}The layers and what each may use: ARCHITECTURE.md, cmake/Layers.cmake.")
  message(FATAL_ERROR "wrong includes in the ${LAYER} layer")
endif()
file(TOUCH "${STAMP}")
