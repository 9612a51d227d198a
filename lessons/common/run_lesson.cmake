# Runs one lesson as a test: cmake -DLESSON=exe -DEXPECTED=file [-DARGS=a|b|c] [-DEXIT=0] [-DSTDERR_MATCH=regex]
#                                  [-DSTDOUT=file] [-DACTUAL=file] -P run_lesson.cmake
# - stdin is /dev/null and --no-pause is passed, so the lesson runs straight through;
# - the exit status must be EXIT (0 by default);
# - with EXPECTED, stdout (normalised, see below) must equal the file; with the environment variable
#   WORKBOOK_UPDATE_EXPECTED=1 the file is rewritten instead (review the diff before committing it);
# - with STDOUT, stdout goes to that file instead (/dev/full: a full disk);
# - with STDERR_MATCH, stderr must match the regular expression;
# - when EXIT is not 0, stderr must be exactly one line (the lesson's message), and when EXIT is 2 (bad
#   input) stdout must be empty.
# Normalisation: differences at rounding level (a number like 2.2e-16: exponent -12 to -19, and a check's
# difference of exactly 0) become "≈0", since
# their last bits depend on the compiler's choices. Smaller numbers are values, not rounding (a Poisson mass of
# 1e-300, a KL of 1e-25 between near-equal pmfs), and are compared as printed, like everything else.
# With -DSYMBOLIC=OFF (a build without the symbolic layer) the lines that only that layer prints are taken
# out of the expected text before comparing: every line whose first word, after spaces and an optional ✓ or
# ✗, is "exact:" (kit::step::exact), with the lines that continue it (indented 11 columns, under its text). They join the block before them and are counted apart from the other
# checks, so the rest of the output is the same in both builds. Expected files holding such lines are
# written by a build with the layer; a build without it refuses to rewrite them.
cmake_policy(VERSION 3.25)  # lists keep empty elements (an empty argument such as --p '')
# The width comes from COLUMNS when it is set: the expected files are written at the captured width (88),
# whatever the shell running the tests exports. A test of another width passes -DCOLUMNS=N.
if(DEFINED COLUMNS)
  set(ENV{COLUMNS} "${COLUMNS}")
else()
  unset(ENV{COLUMNS})
endif()
unset(ENV{LINES})
if(NOT DEFINED EXIT)
  set(EXIT 0)
endif()
# A ";" inside an argument (lesson 13's --joint '0.3,0.2;0.1,0.4') stays in it: escaped before the split.
string(REPLACE ";" "\\;" args "${ARGS}")
string(REPLACE "|" ";" args "${args}")
# The command is written out with every argument quoted, because an unquoted list drops empty elements
# and a test may need to pass an empty value (--p '').
set(command "\"${LESSON}\" --no-pause")
foreach(a IN LISTS args)
  string(REPLACE "\\" "\\\\" a "${a}")
  string(REPLACE "\"" "\\\"" a "${a}")
  string(REPLACE "$" "\\$" a "${a}")
  string(APPEND command " \"${a}\"")
endforeach()
if(DEFINED STDOUT)
  cmake_language(EVAL CODE "execute_process(COMMAND ${command} INPUT_FILE /dev/null OUTPUT_FILE \"${STDOUT}\"
                                            ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 30)")
  set(out "")
else()
  cmake_language(EVAL CODE "execute_process(COMMAND ${command} INPUT_FILE /dev/null
                                            OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 30)")
endif()
if(NOT rc STREQUAL "${EXIT}")
  message(FATAL_ERROR "${LESSON} ${args}: exit status ${rc}, expected ${EXIT}\n--- stdout:\n${out}\n--- stderr:\n${err}")
endif()
if(NOT EXIT STREQUAL "0")
  string(REGEX MATCHALL "\n" newlines "${err}")
  list(LENGTH newlines lines)
  if(NOT lines EQUAL 1 OR NOT err MATCHES "\n$")
    message(FATAL_ERROR "${LESSON} ${args}: exit status ${EXIT} needs exactly one line on stderr, got:\n${err}")
  endif()
endif()
if(EXIT STREQUAL "2" AND NOT out STREQUAL "")
  message(FATAL_ERROR "${LESSON} ${args}: bad input (exit status 2) but something on stdout:\n${out}")
endif()
if(DEFINED STDERR_MATCH AND NOT err MATCHES "${STDERR_MATCH}")
  message(FATAL_ERROR "${LESSON} ${args}: stderr does not match '${STDERR_MATCH}':\n${err}")
endif()
# A number is never shown as zero unless it is zero (the kit writes an exact zero as "0"): 0.000000 beside a
# probability of 1e-300 would tell the student the opposite of the truth.
if(out MATCHES "(^|[^0-9.])(-?0\\.0+)([^0-9]|$)")
  message(FATAL_ERROR "${LESSON} ${args}: a number is shown as ${CMAKE_MATCH_2}, which hides its value (the kit writes "
                      "0 for zero and small numbers with their digits)\n${out}")
endif()
if(NOT DEFINED EXPECTED)
  message(STATUS "stderr: ${err}")
  return()
endif()

string(REGEX REPLACE "-?[0-9]\\.[0-9]+e-1[2-9]([^0-9]|$)" "≈0\\1" out "${out}")
# A difference that is exactly 0 in one build can be 1e-17 in another (the sanitizers' build orders the
# same sums differently): in a check line both read "≈0". The ✓ or ✗ beside it still tells whether it holds.
string(REPLACE "(difference 0," "(difference ≈0," out "${out}")

set(exact_lines "\n *(✓ |✗ )?exact: [^\n]*(\n           [^ \n][^\n]*)*")
if("$ENV{WORKBOOK_UPDATE_EXPECTED}" STREQUAL "1")
  if(SYMBOLIC STREQUAL "OFF" AND EXISTS "${EXPECTED}")
    file(READ "${EXPECTED}" old)
    if(old MATCHES "${exact_lines}")
      message(FATAL_ERROR "${EXPECTED} holds the symbolic layer's exact: lines, which this build (WORKBOOK_SYMBOLIC=OFF) "
                          "does not print: rewrite it in a build with the layer")
    endif()
  endif()
  file(WRITE "${EXPECTED}" "${out}")
  message(STATUS "updated ${EXPECTED}")
  return()
endif()
if(NOT EXISTS "${EXPECTED}")
  message(FATAL_ERROR "${EXPECTED} does not exist: run WORKBOOK_UPDATE_EXPECTED=1 ctest -L lessons (or "
                      "cmake --build <build> --target workbook_update_expected), check the output, and commit it")
endif()
file(READ "${EXPECTED}" want)
if(SYMBOLIC STREQUAL "OFF")
  string(REGEX REPLACE "${exact_lines}" "" want "${want}")
endif()
if(NOT out STREQUAL want)
  if(NOT DEFINED ACTUAL)
    get_filename_component(name "${EXPECTED}" NAME)
    set(ACTUAL "${CMAKE_CURRENT_BINARY_DIR}/${name}.actual")
  endif()
  file(WRITE "${ACTUAL}" "${out}")
  execute_process(COMMAND diff -u "${EXPECTED}" "${ACTUAL}" OUTPUT_VARIABLE d)
  message(FATAL_ERROR "The output differs from ${EXPECTED} (actual output in ${ACTUAL}):\n${d}\n"
                      "If the change is intended: WORKBOOK_UPDATE_EXPECTED=1 ctest -R <test>, review, commit.")
endif()
