# Runs a lesson as a student would, on a terminal of COLUMNS × ROWS, and checks what the screen shows:
#   cmake -DLESSON=exe -DCHECK=workbook_screen_check -DCOLUMNS=80 -DROWS=24 [-DARGS=a|b] -DOUT=file -P screen_test.cmake
# `script` (util-linux 2.38, in every Debian 12) gives the lesson a pseudo-terminal, so it pauses and pages as on
# a real one; the keys are a space for every pause, with one `b` (back a step) early on, so the lesson goes
# back once and still reaches its end (--echo never: keys typed ahead are not shown). The transcript goes to OUT; workbook_screen_check then checks that
# no line is wider than COLUMNS, that no more than ROWS − 1 lines pass between two keys, and that no number
# is shown as 0.000…. The lesson must exit 0 (every check holds).
cmake_policy(VERSION 3.25)
string(REPLACE "|" ";" args "${ARGS}")
set(command "env COLUMNS=${COLUMNS} LINES=${ROWS} '${LESSON}'")
foreach(a IN LISTS args)
  string(APPEND command " '${a}'")
endforeach()
string(REPEAT " " 400 spaces)
file(WRITE "${OUT}.keys" "  b${spaces}")
execute_process(COMMAND script -qfe --echo never -c "${command}" /dev/null INPUT_FILE "${OUT}.keys" OUTPUT_FILE "${OUT}"
                RESULT_VARIABLE rc TIMEOUT 60)
if(NOT rc STREQUAL "0")
  file(READ "${OUT}" out)
  message(FATAL_ERROR "${command}: exit status ${rc} on a terminal\n${out}")
endif()
execute_process(COMMAND "${CHECK}" ${COLUMNS} ${ROWS} INPUT_FILE "${OUT}" OUTPUT_VARIABLE problems RESULT_VARIABLE rc)
if(NOT rc STREQUAL "0")
  message(FATAL_ERROR "${command}: the screen (transcript in ${OUT}):\n${problems}")
endif()
