# ./workbook run ARG reads ARG as a lesson number, as text: one or two digits, anything else refused with
# exit status 2 and one line, before anything is built. It once evaluated ARG as shell arithmetic, which
# runs the command inside an array index: '4+a[$(touch FILE)]' created FILE and then ran lesson 04.
#   cmake -DWORKBOOK=path/to/workbook -DMARKER=path/of/a/file/to/not/create -P workbook_run.cmake
cmake_policy(VERSION 3.25)
file(REMOVE "${MARKER}")
set(arguments "4+a[$(touch ${MARKER})]" "a[$(touch ${MARKER})]" "4x" "123" "-1" " 4" "0x4" "4.0" "")
foreach(arg IN LISTS arguments)
  execute_process(COMMAND "${WORKBOOK}" run "${arg}" INPUT_FILE /dev/null
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 30)
  if(EXISTS "${MARKER}")
    message(FATAL_ERROR "./workbook run '${arg}' ran the command inside it")
  endif()
  string(REGEX MATCHALL "\n" newlines "${err}")
  list(LENGTH newlines count)
  if(NOT rc STREQUAL "2" OR NOT out STREQUAL "" OR NOT count EQUAL 1 OR NOT err MATCHES "^run: '.*' is not a lesson number")
    message(FATAL_ERROR "./workbook run '${arg}': exit status ${rc} (expected 2, one line on stderr, nothing "
                        "on stdout)\n--- stdout:\n${out}\n--- stderr:\n${err}")
  endif()
endforeach()
