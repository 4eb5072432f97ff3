# What `cmake --install` puts where, and the Debian package (`make deb`, CPack).
#
# Components:
#   runtime  bin/framewise, the bash and fish completions, the JSON Schemas
#   man      the man pages, as they are (man1/framewise.1 and every man/*.5)
#   zsh      the zsh completion in FRAMEWISE_ZSH_COMPLETION_DIR
#   licence  LICENSE in the doc directory
#   debian   only in the .deb (excluded from a plain install): the man pages
#            compressed with gzip -9n, the DEP-5 copyright file (which carries the
#            licence, so the deb leaves out `licence`), the changelog and the
#            zsh completion where Debian's zsh looks (vendor-completions; its
#            fpath has no share/zsh/site-functions).
# The completion scripts are written at install time by the installed binary's
# build-tree copy (`framewise completion SHELL`), so they always match it.
include(GNUInstallDirs)

set(FRAMEWISE_BASH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
  CACHE STRING "Where to install the bash completion (relative to the prefix, or absolute)")
set(FRAMEWISE_ZSH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/zsh/site-functions"
  CACHE STRING "Where to install the zsh completion (relative to the prefix, or absolute)")
set(FRAMEWISE_FISH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d"
  CACHE STRING "Where to install the fish completion (relative to the prefix, or absolute)")
set(FRAMEWISE_SCHEMA_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/framewise/schema"
  CACHE STRING "Where to install the JSON Schemas (relative to the prefix, or absolute)")
# `make install` and CPack install what is built; they do not build everything
# (the tests and bench programs) first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

install(TARGETS framewise RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT runtime)

set(FRAMEWISE_COMPLETION_OUT "${CMAKE_CURRENT_BINARY_DIR}/completions")
# Writes `framewise completion SHELL` to completions/FILE at install time and
# installs it as DESTINATION/FILE in COMPONENT.
function(framewise_install_completion shell file destination component)
  install(CODE "
    file(MAKE_DIRECTORY \"${FRAMEWISE_COMPLETION_OUT}\")
    execute_process(COMMAND \"$<TARGET_FILE:framewise>\" completion ${shell}
      OUTPUT_FILE \"${FRAMEWISE_COMPLETION_OUT}/${file}\" RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR \"framewise completion ${shell} failed: \${status}\")
    endif()" COMPONENT ${component} ${ARGN})
  install(FILES "${FRAMEWISE_COMPLETION_OUT}/${file}" DESTINATION "${destination}"
    PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ COMPONENT ${component} ${ARGN})
endfunction()
framewise_install_completion(bash framewise "${FRAMEWISE_BASH_COMPLETION_DIR}" runtime)
framewise_install_completion(fish framewise.fish "${FRAMEWISE_FISH_COMPLETION_DIR}" runtime)
framewise_install_completion(zsh _framewise "${FRAMEWISE_ZSH_COMPLETION_DIR}" zsh)
framewise_install_completion(zsh _framewise "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions" debian EXCLUDE_FROM_ALL)

file(GLOB FRAMEWISE_SCHEMAS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/data/schema/*.schema.json")
install(FILES ${FRAMEWISE_SCHEMAS} DESTINATION "${FRAMEWISE_SCHEMA_INSTALL_DIR}" COMPONENT runtime)

file(GLOB FRAMEWISE_MAN5_PAGES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/man/*.5")
install(FILES "${PROJECT_SOURCE_DIR}/man/framewise.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT man)
if(FRAMEWISE_MAN5_PAGES)
  install(FILES ${FRAMEWISE_MAN5_PAGES} DESTINATION "${CMAKE_INSTALL_MANDIR}/man5" COMPONENT man)
endif()
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT licence)

# --- Debian package ----------------------------------------------------------------
find_program(FRAMEWISE_GZIP gzip)
set(FRAMEWISE_DEB_DIR "${CMAKE_CURRENT_BINARY_DIR}/debian")
file(MAKE_DIRECTORY "${FRAMEWISE_DEB_DIR}")
# The changelog's date is the last commit's (SOURCE_DATE_EPOCH when set), so a
# rebuild of the same commit gives the same package.
if(NOT DEFINED ENV{SOURCE_DATE_EPOCH} AND GIT_EXECUTABLE)
  execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${PROJECT_SOURCE_DIR}" log -1 --format=%ct
    OUTPUT_VARIABLE FRAMEWISE_COMMIT_TIME OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  if(FRAMEWISE_COMMIT_TIME)
    set(ENV{SOURCE_DATE_EPOCH} "${FRAMEWISE_COMMIT_TIME}")
  endif()
endif()
string(TIMESTAMP FRAMEWISE_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(FRAMEWISE_MAINTAINER "framewise authors <framewise@users.noreply.github.com>")
configure_file("${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in" "${FRAMEWISE_DEB_DIR}/changelog" @ONLY)
configure_file("${PROJECT_SOURCE_DIR}/packaging/debian/copyright.in" "${FRAMEWISE_DEB_DIR}/copyright" @ONLY)
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" FRAMEWISE_LICENCE_TEXT)
# DEP-5: the licence text indented one space, an empty line as " ."
string(REGEX REPLACE "\n\n" "\n.\n" FRAMEWISE_LICENCE_TEXT "${FRAMEWISE_LICENCE_TEXT}")
string(REGEX REPLACE "\n" "\n " FRAMEWISE_LICENCE_TEXT " ${FRAMEWISE_LICENCE_TEXT}")
string(REGEX REPLACE "\n $" "\n" FRAMEWISE_LICENCE_TEXT "${FRAMEWISE_LICENCE_TEXT}")
file(APPEND "${FRAMEWISE_DEB_DIR}/copyright" "${FRAMEWISE_LICENCE_TEXT}")
foreach(name IN ITEMS changelog)
  execute_process(COMMAND "${FRAMEWISE_GZIP}" -9nf "${FRAMEWISE_DEB_DIR}/${name}")
endforeach()
foreach(page IN LISTS FRAMEWISE_MAN5_PAGES ITEMS "${PROJECT_SOURCE_DIR}/man/framewise.1")
  get_filename_component(name "${page}" NAME)
  string(REGEX REPLACE ".*\\." "" section "${name}")
  execute_process(COMMAND "${FRAMEWISE_GZIP}" -9n -c "${page}" OUTPUT_FILE "${FRAMEWISE_DEB_DIR}/${name}.gz")
  # Compressed when CMake configures: an edited page must configure again, or
  # the package would ship the old one.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${page}")
  install(FILES "${FRAMEWISE_DEB_DIR}/${name}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man${section}"
    COMPONENT debian EXCLUDE_FROM_ALL)
endforeach()
install(FILES "${FRAMEWISE_DEB_DIR}/copyright" "${FRAMEWISE_DEB_DIR}/changelog.gz"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${PROJECT_NAME}" COMPONENT debian EXCLUDE_FROM_ALL)
# The one lintian override, with the reason in the file.
install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/lintian-overrides"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME "${PROJECT_NAME}"
  COMPONENT debian EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME "${PROJECT_NAME}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${FRAMEWISE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "which Python web framework fits a project: FastAPI, Flask or Django")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended text.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "framewise ranks FastAPI, Flask and Django for a project profile (a short
YAML file of answers) and says why, with the common mistakes that apply.
It also gates CI on a committed profile (framewise check, with SARIF, JUnit,
GitHub and GitLab reports) and prints the comparison, the questionnaire and
the production debug guide it reasons from.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends: computed by dpkg-shlibdeps from what the binary links dynamically,
# which for the static build (FRAMEWISE_STATIC, the default) is nothing.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# One package of the runtime files and the Debian ones.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime debian)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_STRIP_FILES ON)
set(CPACK_OUTPUT_FILE_PREFIX "${CMAKE_CURRENT_BINARY_DIR}/packages")
include(CPack)

# make deb, make wheel: packages of the built binary in packages/.
add_custom_target(framewise_deb
  COMMAND "${CMAKE_CPACK_COMMAND}" -G DEB --config "${CMAKE_CURRENT_BINARY_DIR}/CPackConfig.cmake"
  WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}"
  COMMENT "Building the Debian package"
  VERBATIM)
add_dependencies(framewise_deb framewise)
add_custom_target(framewise_wheel
  COMMAND python3 "${PROJECT_SOURCE_DIR}/scripts/build-wheel.py" "$<TARGET_FILE:framewise>" "${PROJECT_VERSION}"
    "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_BINARY_DIR}/packages"
  COMMENT "Building the wheel"
  VERBATIM)
add_dependencies(framewise_wheel framewise)
