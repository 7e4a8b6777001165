# Installs the build tree into a scratch prefix, then builds and runs the consumers in
# tests/consumer against the installed tree (with the build's own compile flags, so that a
# sanitizer build is consumed by a sanitizer build): once through find_package, once through pkg-config.
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  message(STATUS "${out}")
endfunction()
set(config_arg)
if(CONFIG)
  set(config_arg --config ${CONFIG})
endif()
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} ${config_arg})
foreach(mode find_package pkg-config)
  set(bin ${WORK_DIR}/build-${mode})
  run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer -B ${bin} -G ${GENERATOR}
      -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release -DCONSUMER_MODE=${mode}
      "-DCMAKE_C_FLAGS=${FLAGS}" "-DCMAKE_CXX_FLAGS=${FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${LINK_FLAGS}")
  run(${CMAKE_COMMAND} --build ${bin})
  run(${bin}/consumer_c)
  run(${bin}/consumer_cpp)
endforeach()
