include(CMakePackageConfigHelpers)
set(CLAIMCHECK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/claimcheck)

install(DIRECTORY include/claimcheck DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/include/claimcheck/version.h capi/claimcheck.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/claimcheck)
install(TARGETS claimcheck claimcheck_c EXPORT claimcheckTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS claimcheck_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(EXPORT claimcheckTargets NAMESPACE claimcheck:: DESTINATION ${CLAIMCHECK_CMAKE_DIR})

configure_package_config_file(cmake/claimcheckConfig.cmake.in
  ${PROJECT_BINARY_DIR}/claimcheckConfig.cmake INSTALL_DESTINATION ${CLAIMCHECK_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/claimcheckConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/claimcheckConfig.cmake ${PROJECT_BINARY_DIR}/claimcheckConfigVersion.cmake
        DESTINATION ${CLAIMCHECK_CMAKE_DIR})

# The .pc files find their prefix relative to themselves, so an installed tree can be moved.
file(RELATIVE_PATH CLAIMCHECK_PC_TO_PREFIX "/p/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/p")
string(REGEX REPLACE "/$" "" CLAIMCHECK_PC_TO_PREFIX "${CLAIMCHECK_PC_TO_PREFIX}")
# A static library passes its dependencies on to whoever links it.
if(BUILD_SHARED_LIBS)
  set(CLAIMCHECK_PC_REQUIRES "Requires.private")
else()
  set(CLAIMCHECK_PC_REQUIRES "Requires")
endif()
configure_file(cmake/claimcheck.pc.in ${PROJECT_BINARY_DIR}/claimcheck.pc @ONLY)
configure_file(cmake/claimcheck_c.pc.in ${PROJECT_BINARY_DIR}/claimcheck_c.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/claimcheck.pc ${PROJECT_BINARY_DIR}/claimcheck_c.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

if(EXISTS ${PROJECT_SOURCE_DIR}/python/claimcheck/__init__.py)
  install(DIRECTORY python/claimcheck DESTINATION ${CMAKE_INSTALL_LIBDIR}/claimcheck/python
          PATTERN "__pycache__" EXCLUDE)
endif()
