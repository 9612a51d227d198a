# The homework (issue 6): exercises beside their lessons, checked by doctest.
#
# In every lessons/NN_topic/ folder that has an exercises_test.cpp:
#   exercises.hpp       the tasks: one function per exercise, with a doc comment (namespace hw::lessonNN)
#   exercises.cpp       the student's answers: stubs marked TODO(NN.K) that compile and fail their tests
#   solutions.cpp       the reference solutions
#   exercises_test.cpp  the checks: one doctest TEST_SUITE("NN.K name") per exercise
#   hints.md            one "## NN.K name" section per exercise
#
# One executable per lesson, workbook_homework_NN, is built from exercises_test.cpp and either exercises.cpp
# (the default) or solutions.cpp (WORKBOOK_SOLUTIONS=ON). Each exercise is one CTest test, hw.NN.K.name, which
# runs only that exercise's test suite, so progress is counted per exercise. Every homework test carries the
# label "homework" (and "homework_NN" for its lesson). The target `workbook_homework` builds every homework
# executable.
#
# The list of exercises is read from the TEST_SUITE lines of the test files (a line that starts with
# TEST_SUITE("NN.K name")), so adding a suite there (tools/homework new does it) adds a test; CMake re-reads
# the test files whenever they change.
find_package(doctest 2.4 REQUIRED CONFIG)

set(HOMEWORK_SUPPORT ${PROJECT_SOURCE_DIR}/lessons/homework)
if(WORKBOOK_SOLUTIONS)
  set(homework_answers solutions.cpp)
else()
  set(homework_answers exercises.cpp)
endif()

file(GLOB homework_tests CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lessons/[0-9][0-9]_*/exercises_test.cpp)
list(SORT homework_tests)
add_custom_target(workbook_homework)
set(homework_ids "")
set(homework_count 0)

foreach(test_source IN LISTS homework_tests)
  get_filename_component(dir ${test_source} DIRECTORY)
  get_filename_component(lesson ${dir} NAME)      # 04_kl_divergence
  string(SUBSTRING ${lesson} 0 2 nn)               # 04
  foreach(part exercises.hpp exercises.cpp solutions.cpp)
    if(NOT EXISTS ${dir}/${part})
      message(FATAL_ERROR "homework: lessons/${lesson}/${part} is missing (every lesson with an exercises_test.cpp "
                          "needs exercises.hpp, exercises.cpp and solutions.cpp; `tools/homework new` creates them)")
    endif()
  endforeach()

  # A lesson whose checks use the symbolic layer (they include info/symbolic/...) has homework only
  # where the layer is built.
  file(STRINGS ${test_source} symbolic_includes REGEX "^#include [<\"]info/symbolic/")
  if(symbolic_includes AND NOT TARGET info_symbolic)
    message(STATUS "homework: lessons/${lesson} needs the symbolic layer (WORKBOOK_SYMBOLIC=OFF): skipped")
    continue()
  endif()

  set(target workbook_homework_${nn})
  add_executable(${target} ${test_source} ${dir}/${homework_answers} ${HOMEWORK_SUPPORT}/main.cpp)
  target_include_directories(${target} PRIVATE ${HOMEWORK_SUPPORT})
  target_link_libraries(${target} PRIVATE info::info doctest::doctest workbook_flags)
  if(symbolic_includes)
    target_link_libraries(${target} PRIVATE info::symbolic)
  endif()
  add_dependencies(workbook_homework ${target})

  # One test per exercise. A suite line looks like:  TEST_SUITE("04.2 kl_divergence_nats") {
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${test_source})
  file(STRINGS ${test_source} suites REGEX "^TEST_SUITE\\(\"[0-9]+\\.[0-9]+ [A-Za-z_][A-Za-z0-9_]*\"\\)")
  if(NOT suites)
    message(FATAL_ERROR "homework: lessons/${lesson}/exercises_test.cpp has no line starting with "
                        "TEST_SUITE(\"${nn}.K name\"); every exercise is one such suite")
  endif()
  foreach(line IN LISTS suites)
    string(REGEX REPLACE "^TEST_SUITE\\(\"([0-9]+)\\.([0-9]+) ([A-Za-z0-9_]+)\"\\).*" "\\1;\\2;\\3" fields "${line}")
    list(GET fields 0 suite_nn)
    list(GET fields 1 k)
    list(GET fields 2 name)
    set(id ${suite_nn}.${k})
    if(NOT suite_nn STREQUAL nn)
      message(FATAL_ERROR "homework: suite \"${id} ${name}\" is in lessons/${lesson}; its number must start with ${nn}.")
    endif()
    if(id IN_LIST homework_ids)
      message(FATAL_ERROR "homework: exercise ${id} is defined twice in lessons/${lesson}/exercises_test.cpp")
    endif()
    list(APPEND homework_ids ${id})
    math(EXPR homework_count "${homework_count} + 1")
    # The test runs only this exercise's suite; the main refuses a filter that matches no test case, so a
    # misspelt suite can never pass by running nothing.
    add_test(NAME hw.${id}.${name} COMMAND ${target} "--test-suite=${id} ${name}")
    set_tests_properties(hw.${id}.${name} PROPERTIES LABELS "homework;homework_${nn}" TIMEOUT 60)
  endforeach()
endforeach()

if(WORKBOOK_SOLUTIONS)
  message(STATUS "homework: ${homework_count} exercises, built with the reference solutions (WORKBOOK_SOLUTIONS=ON)")
else()
  message(STATUS "homework: ${homework_count} exercises, built with the student's exercises.cpp")
endif()
