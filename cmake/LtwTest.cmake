# One helper registers every test executable: ltw_add_test(NAME SOURCES ... LIBS ... [GUI])
# GUI tests run on the offscreen platform so they need no display; every test speaks English (LANGUAGE=en)
# whatever the machine's language, unless it asks for another.
find_package(GTest REQUIRED)
include(GoogleTest)

function(ltw_add_test name)
  cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gmock ltw_warnings)
  if(NOT T_GUI)
    target_link_libraries(${name} PRIVATE GTest::gtest_main)
  endif()
  target_compile_definitions(${name} PRIVATE LTW_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
                                                   LTW_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  gtest_discover_tests(${name} DISCOVERY_MODE PRE_TEST
                       PROPERTIES ENVIRONMENT
                         "QT_QPA_PLATFORM=offscreen;LANGUAGE=en;XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/data;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/config"
                       TIMEOUT 300)
endfunction()
