# Installs the build tree into a scratch prefix and imports the installed Python package with no
# CLAIMCHECK_LIBRARY: it must find the installed C library by itself and extract a claim.
#   cmake -DBUILD_DIR= -DWORK_DIR= -DPYTHON= [-DCONFIG=] -P installed_package.cmake
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)
set(config_arg)
if(CONFIG)
  set(config_arg --config ${CONFIG})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} ${config_arg}
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "install failed: ${err}")
endif()
file(GLOB_RECURSE init_files ${prefix}/*/claimcheck/python/claimcheck/__init__.py)
list(LENGTH init_files found)
if(NOT found EQUAL 1)
  message(FATAL_ERROR "expected one installed claimcheck/python/claimcheck package under ${prefix}, found ${found}")
endif()
get_filename_component(package_dir ${init_files} DIRECTORY)
get_filename_component(python_path ${package_dir} DIRECTORY)
set(script [=[
import os, sys
import claimcheck
prefix = os.path.realpath(sys.argv[1])
assert os.path.realpath(claimcheck.library_path).startswith(prefix + os.sep), claimcheck.library_path
claims = claimcheck.Engine().extract("英伟达股价当天下跌16.97%。")
assert [c.text for c in claims] == ["16.97%"], claims
print("installed package loads", claimcheck.library_path)
]=])
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=CLAIMCHECK_LIBRARY PYTHONPATH=${python_path}
                        PYTHONDONTWRITEBYTECODE=1 ${PYTHON} -c "${script}" ${prefix}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the installed package failed (${rc}):\n${out}\n${err}")
endif()
message(STATUS "${out}")
