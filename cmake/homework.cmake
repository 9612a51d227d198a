# The homework: exercises beside their lessons, checked by doctest.
#
# In every lessons/NN_topic/ folder that has a homework.json (the manifest: cmake/homework_manifest.cmake):
#   homework.json       the exercises: id, name, title, task and graded hints
#   exercises.hpp       one function per exercise (named as in the manifest), its contract in a doc comment
#   exercises.cpp       the student's answers: stubs that compile and fail their tests
#   solutions.cpp       the reference solutions
#   exercises_test.cpp  the checks: one doctest TEST_SUITE("name") per exercise
#
# One program per lesson, workbook_homework_NN, is built from exercises_test.cpp, the shared runner
# (lessons/homework/main.cpp, compiled once) and either exercises.cpp or solutions.cpp (WORKBOOK_SOLUTIONS=ON).
# Editing exercises.cpp recompiles that one file and relinks that one program.
#
# A student's answer never breaks anything else: in the student's build the homework programs are outside
# `all` (the target workbook_homework, or one workbook_homework_NN, builds them; tools/homework does), have no
# CTest tests (tools/homework runs them itself, with a time limit) and never stop on a warning. In the
# solutions build (CI: every reference solution passes) they are part of `all`, every exercise is the CTest
# test hw.NN.K.name (label "homework" and "homework_NN"), and warnings are what CI makes them.
find_package(doctest 2.4 REQUIRED CONFIG)
include(${CMAKE_CURRENT_LIST_DIR}/homework_manifest.cmake)

set(HOMEWORK_SUPPORT ${PROJECT_SOURCE_DIR}/lessons/homework)
if(WORKBOOK_SOLUTIONS)
  set(homework_answers solutions.cpp)
  set(homework_exclude "")
else()
  set(homework_answers exercises.cpp)
  set(homework_exclude EXCLUDE_FROM_ALL)
endif()

# The answers' flags. In the student's build a warning stays a warning, and an unused parameter (a stub
# half written) is not one: the first real error comes first.
add_library(workbook_homework_flags INTERFACE)
if(WORKBOOK_SOLUTIONS)
  target_link_libraries(workbook_homework_flags INTERFACE workbook_flags)
else()
  target_compile_options(workbook_homework_flags INTERFACE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
  target_link_libraries(workbook_homework_flags INTERFACE workbook_sanitizers)
endif()

# The default preset compiles with line tables only (-g1: full debug information of Eigen and Boost costs
# half again the build's time); a student's answers keep full debug information, to see their variables
# in gdb. The runner gets the same, as its precompiled headers are compiled with the answers' flags.
add_library(workbook_homework_debug INTERFACE)
target_compile_options(workbook_homework_debug INTERFACE $<$<CONFIG:RelWithDebInfo>:-g>)
target_link_libraries(workbook_homework_flags INTERFACE workbook_homework_debug)

# The runner (doctest's main, the guard against an empty filter, the student's reporter), compiled once.
add_library(workbook_homework_main OBJECT ${homework_exclude} ${HOMEWORK_SUPPORT}/main.cpp)
target_link_libraries(workbook_homework_main PRIVATE info::info doctest::doctest workbook_flags workbook_homework_debug)
# Edit to verdict: most of compiling an answer is parsing the headers it includes (info/pmf.hpp brings Eigen,
# 130 000 lines: 1.7 s). In the student's build they are precompiled once, here, and every lesson's homework
# reuses them: an answer then compiles in about 0.6 s.
if(NOT WORKBOOK_SOLUTIONS)
  target_precompile_headers(workbook_homework_main PRIVATE <info/pmf.hpp> <info/units.hpp> <algorithm> <cmath>
                            <limits> <stdexcept> <string> <vector>)
endif()

file(GLOB manifests CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lessons/[0-9][0-9]_*/homework.json)
list(SORT manifests)
add_custom_target(workbook_homework)
set(homework_count 0)

foreach(manifest IN LISTS manifests)
  get_filename_component(dir ${manifest} DIRECTORY)
  get_filename_component(lesson ${dir} NAME)      # 04_kl_divergence
  string(SUBSTRING ${lesson} 0 2 nn)               # 04
  foreach(part exercises.hpp exercises.cpp solutions.cpp exercises_test.cpp)
    if(NOT EXISTS ${dir}/${part})
      message(FATAL_ERROR "homework: lessons/${lesson}/${part} is missing (a lesson with a homework.json needs "
                          "exercises.hpp, exercises.cpp, solutions.cpp and exercises_test.cpp; `./workbook homework "
                          "new` creates them)")
    endif()
  endforeach()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${manifest} ${dir}/exercises_test.cpp)
  homework_manifest(${manifest} hw)

  # A lesson whose checks use the symbolic layer (they include info/symbolic/...) has homework only
  # where the layer is built.
  file(STRINGS ${dir}/exercises_test.cpp symbolic_includes REGEX "^#include [<\"]info/symbolic/")
  if(symbolic_includes AND NOT TARGET info_symbolic)
    message(STATUS "homework: lessons/${lesson} needs the symbolic layer (WORKBOOK_SYMBOLIC=OFF): skipped")
    continue()
  endif()

  set(target workbook_homework_${nn})
  add_executable(${target} ${homework_exclude} ${dir}/exercises_test.cpp ${dir}/${homework_answers}
                 $<TARGET_OBJECTS:workbook_homework_main>)
  target_include_directories(${target} PRIVATE ${HOMEWORK_SUPPORT})
  target_link_libraries(${target} PRIVATE info::info doctest::doctest workbook_homework_flags)
  if(symbolic_includes)
    target_link_libraries(${target} PRIVATE info::symbolic)
  endif()
  if(NOT WORKBOOK_SOLUTIONS)
    target_precompile_headers(${target} REUSE_FROM workbook_homework_main)
  endif()
  add_dependencies(workbook_homework ${target})
  math(EXPR homework_count "${homework_count} + ${hw_count}")

  # One test per exercise, in the solutions build. It runs only the exercise's suite; the runner refuses a
  # filter that matches no test case, so a misspelt suite can never pass by running nothing.
  if(WORKBOOK_SOLUTIONS AND hw_count GREATER 0)
    math(EXPR last "${hw_count} - 1")
    foreach(i RANGE ${last})
      set(test hw.${hw_${i}_id}.${hw_${i}_name})
      add_test(NAME ${test} COMMAND ${target} --test-suite=${hw_${i}_name})
      set_tests_properties(${test} PROPERTIES LABELS "homework;homework_${nn}" TIMEOUT 60)
    endforeach()
  endif()
endforeach()

if(WORKBOOK_SOLUTIONS)
  message(STATUS "homework: ${homework_count} exercises, built with the reference solutions (WORKBOOK_SOLUTIONS=ON)")
else()
  message(STATUS "homework: ${homework_count} exercises, built on demand from the student's exercises.cpp "
                 "(./workbook homework)")
endif()
