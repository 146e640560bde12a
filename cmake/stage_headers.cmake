# Third-party headers that sit in the system include folder (toml++, kainjow Mustache, ICU) are
# found by every stage, linked or not, so the compiler cannot keep them inside the stage that
# wraps them. This check does: a source file under src/<stage>/ that includes one of them fails
# unless <stage> is listed as its owner. Run by src/CMakeLists.txt when CMake configures, and by
# ctest (stage_headers) on every test run:  cmake -DSIYASA_SRC=<repo>/src -P stage_headers.cmake
cmake_policy(SET CMP0057 NEW)  # if(... IN_LIST ...) when run with -P
set(SIYASA_HEADER_OWNERS
  "toml++/|data"            # everyone else reads TOML through data/toml_file.h
  "kainjow/|template,html"
  "unicode/|template,text")

file(GLOB siyasa_sources ${SIYASA_SRC}/*/*.h ${SIYASA_SRC}/*/*.cpp)
set(siyasa_header_problems "")
foreach(file ${siyasa_sources})
  file(RELATIVE_PATH relative ${SIYASA_SRC} ${file})
  string(REGEX REPLACE "/.*" "" stage ${relative})
  file(STRINGS ${file} includes REGEX "^#include <")
  foreach(line ${includes})
    foreach(owner ${SIYASA_HEADER_OWNERS})
      string(REGEX REPLACE "[|,]" ";" parts "${owner}")
      list(GET parts 0 prefix)
      list(SUBLIST parts 1 -1 stages)
      string(FIND "${line}" "<${prefix}" at)
      if(at GREATER -1 AND NOT stage IN_LIST stages)
        string(APPEND siyasa_header_problems
               "src/${relative}: ${line} — <${prefix}…> belongs to stage(s) ${stages}, not ${stage}\n")
      endif()
    endforeach()
  endforeach()
endforeach()
if(siyasa_header_problems)
  message(FATAL_ERROR "a stage includes another stage's third-party library:\n${siyasa_header_problems}")
endif()
