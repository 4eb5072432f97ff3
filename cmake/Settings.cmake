# Build settings for framewise's own targets only (linked PRIVATE, never by
# third-party code): warnings, warnings-as-errors and sanitizers.

option(FRAMEWISE_WARNINGS_AS_ERRORS
  "Treat warnings as errors (ON in CI and `make`; OFF by default so packagers' newer compilers don't fail the build)"
  OFF)
option(FRAMEWISE_ASAN "Build with AddressSanitizer" OFF)
option(FRAMEWISE_UBSAN "Build with UndefinedBehaviorSanitizer" OFF)
option(FRAMEWISE_COVERAGE "Instrument framewise's own code for gcov (see `make coverage`)" OFF)
option(FRAMEWISE_FUZZ "Also build the libFuzzer targets of tests/fuzz (needs clang; see `make fuzz`)" OFF)

add_library(framewise_warnings INTERFACE)
target_compile_options(framewise_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wconversion -Wnull-dereference
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(FRAMEWISE_WARNINGS_AS_ERRORS)
  target_compile_options(framewise_warnings INTERFACE -Werror)
endif()

add_library(framewise_settings INTERFACE)
if(FRAMEWISE_ASAN)
  target_compile_options(framewise_settings INTERFACE -fsanitize=address -fno-omit-frame-pointer)
  target_link_options(framewise_settings INTERFACE -fsanitize=address)
endif()
if(FRAMEWISE_UBSAN)
  target_compile_options(framewise_settings INTERFACE -fsanitize=undefined -fno-sanitize-recover=all)
  target_link_options(framewise_settings INTERFACE -fsanitize=undefined)
endif()
if(FRAMEWISE_COVERAGE)
  target_compile_options(framewise_settings INTERFACE --coverage)
  target_link_options(framewise_settings INTERFACE --coverage)
endif()
if(FRAMEWISE_FUZZ)
  # Coverage feedback for libFuzzer in every framewise object; the fuzz
  # executables add -fsanitize=fuzzer, which brings libFuzzer's main().
  target_compile_options(framewise_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
target_compile_definitions(framewise_settings INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
