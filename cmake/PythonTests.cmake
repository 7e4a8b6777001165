# Running Python against the freshly built C library: tests and examples use the ctypes package
# from the source tree and the library from the build tree (CLAIMCHECK_LIBRARY). In a sanitizer
# build the library needs the sanitizer's runtime loaded before anything else, which Python is
# not built with, so the runtime is preloaded, and the C++ runtime with it (the sanitizer must
# find the real __cxa_throw when it starts, and Python does not load libstdc++ by itself); leak
# detection is off because the interpreter itself keeps memory until exit. Include it from each directory that adds such tests: its
# variables are per directory.

# The system's Python, not whichever one comes first on PATH, when there is one.
if(NOT DEFINED Python3_EXECUTABLE AND EXISTS /usr/bin/python3)
  set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "The Python that runs the Python tests and examples")
endif()
find_package(Python3 COMPONENTS Interpreter)

set(CLAIMCHECK_PYTHON_OK ${Python3_Interpreter_FOUND})
set(CLAIMCHECK_PYTHON_ENVIRONMENT
  "CLAIMCHECK_LIBRARY=$<TARGET_FILE:claimcheck_c>"
  "PYTHONPATH=${PROJECT_SOURCE_DIR}/python"
  "PYTHONDONTWRITEBYTECODE=1")

function(claimcheck_sanitizer_runtime name out_var)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=lib${name}.so
                  OUTPUT_VARIABLE runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT IS_ABSOLUTE "${runtime}" OR NOT EXISTS "${runtime}")
    set(runtime "")
  endif()
  set(${out_var} "${runtime}" PARENT_SCOPE)
endfunction()

if(CMAKE_CXX_FLAGS MATCHES "-fsanitize=[^ ]*address")
  claimcheck_sanitizer_runtime(asan asan_runtime)
  claimcheck_sanitizer_runtime(stdc++ cxx_runtime)
  if(asan_runtime AND cxx_runtime)
    list(APPEND CLAIMCHECK_PYTHON_ENVIRONMENT "LD_PRELOAD=${asan_runtime}:${cxx_runtime}"
         "ASAN_OPTIONS=detect_leaks=0")
  else()
    message(STATUS "claimcheck: no libasan.so/libstdc++.so to preload; Python tests are skipped")
    set(CLAIMCHECK_PYTHON_OK OFF)
  endif()
elseif(CMAKE_CXX_FLAGS MATCHES "-fsanitize=[^ ]*thread")
  message(STATUS "claimcheck: Python tests and examples are not run under ThreadSanitizer")
  set(CLAIMCHECK_PYTHON_OK OFF)
endif()
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "claimcheck: no Python 3 interpreter; Python tests and examples are skipped")
endif()

# claimcheck_add_python_test(NAME name ARGS args... [WORKING_DIRECTORY dir]): runs
# `python3 args...` as a test in the environment above.
function(claimcheck_add_python_test)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;WORKING_DIRECTORY" "ARGS")
  if(NOT CLAIMCHECK_PYTHON_OK)
    return()
  endif()
  if(NOT arg_WORKING_DIRECTORY)
    set(arg_WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
  endif()
  add_test(NAME ${arg_NAME} COMMAND ${Python3_EXECUTABLE} ${arg_ARGS}
           WORKING_DIRECTORY ${arg_WORKING_DIRECTORY})
  set_tests_properties(${arg_NAME} PROPERTIES ENVIRONMENT "${CLAIMCHECK_PYTHON_ENVIRONMENT}")
endfunction()
