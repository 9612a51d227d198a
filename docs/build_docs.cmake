# Builds the HTML documentation into OUT/html: cmake -DOUT=... -DBIN=... (see docs/CMakeLists.txt) -P build_docs.cmake
#
#   1. runs the lessons that write data (--data OUT/data/NN_topic) and derives small tables from the
#      calculator (infocalc --json), so every figure is drawn from the workbook's own output;
#      writes the symbolic layer's derivations as pages (-DDERIVATIONS=workbook_derivations, empty without
#      the layer) into OUT/generated: lesson 11's page from its template and the closed-forms reference;
#   2. draws each docs/figures/*.gp with gnuplot into OUT/figures/*.svg;
#   3. runs Doxygen (warnings are errors) and links Debian's MathJax into OUT/html/mathjax;
#   4. checks that no page refers to anything on the network (check_offline.cmake).
#
# The `workbook_docs` target and the CTest test `docs.build` both run this script, into different OUT folders,
# so the test never has to call the build tool on its own build tree.
cmake_minimum_required(VERSION 3.25)

foreach(var OUT BIN SRC DOXYGEN DOXYFILE GNUPLOT MATHJAX)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "build_docs.cmake: -D${var}=... is required (see docs/CMakeLists.txt)")
  endif()
endforeach()

# Everything run from here reads and writes UTF-8 whatever the caller's locale: in the C locale (a bare
# container has no LANG) gnuplot cannot convert the figures' UTF-8 labels, and its warnings fail the
# build. Debian always has C.UTF-8.
set(ENV{LC_ALL} C.UTF-8)

set(data ${OUT}/data)
set(figures ${OUT}/figures)
file(REMOVE_RECURSE ${data} ${figures} ${OUT}/html)
file(MAKE_DIRECTORY ${data} ${figures})

# --- 1a. the lessons' own data -------------------------------------------------------------------
string(REPLACE "," ";" LESSONS "${LESSONS}")  # passed comma-separated
foreach(lesson IN LISTS LESSONS)
  set(exe ${BIN}/${lesson})
  if(NOT EXISTS ${exe})
    message(FATAL_ERROR "docs: ${exe} is missing: build the lessons first (cmake --build <build>)")
  endif()
  file(MAKE_DIRECTORY ${data}/${lesson})
  execute_process(COMMAND ${exe} --no-pause --data ${data}/${lesson}
                  INPUT_FILE /dev/null OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "docs: ${lesson} --no-pause --data ${data}/${lesson} failed (${rc}):\n${err}")
  endif()
endforeach()

# --- 1b. tables derived from the calculator ------------------------------------------------------
include(${SRC}/figures/derive.cmake)
derive_calculator_tables(${BIN}/infocalc ${data}/infocalc)

# --- 1c. the derivations ------------------------------------------------------------------------
# docs/pages/11_closed_forms.md is a template (Doxyfile.in excludes it): each "<!-- derivation: ... -->"
# line becomes the derivation, as LaTeX, written by the symbolic layer itself.
set(generated ${OUT}/generated)
file(REMOVE_RECURSE ${generated})
file(MAKE_DIRECTORY ${generated})
set(lesson11_template ${SRC}/pages/11_closed_forms.md)
if(DERIVATIONS)
  execute_process(COMMAND ${DERIVATIONS} ${lesson11_template} ${generated}/11_closed_forms.md ${generated}/closed_forms.md
                  ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "docs: ${DERIVATIONS} failed (${rc}):\n${err}")
  endif()
else()
  set(not_built "*The symbolic layer was not built (WORKBOOK_SYMBOLIC=OFF, or GiNaC and MPFR are missing), so the derivation is not shown here: install libginac-dev and libmpfr-dev (./workbook setup) and build these pages again.*")
  file(READ ${lesson11_template} page)
  string(REGEX REPLACE "<!-- derivation: [^\n]*-->" "${not_built}" page "${page}")
  # The lesson did not run, so its figure was not drawn.
  string(REGEX REPLACE "\\\\image html lesson11_[^\n]*" "" page "${page}")
  file(WRITE ${generated}/11_closed_forms.md "${page}")
  file(WRITE ${generated}/closed_forms.md "# Closed forms, derived {#closed_forms}\n\n"
             "The closed forms of every family, derived step by step by the symbolic layer, appear on this page when "
             "the layer is built.\n\n${not_built}\n")
endif()

# --- 2. figures ----------------------------------------------------------------------------------
file(GLOB scripts ${SRC}/figures/*.gp)
list(FILTER scripts EXCLUDE REGEX "/style\\.gp$")  # the shared look, loaded by the others
foreach(script IN LISTS scripts)
  get_filename_component(name ${script} NAME_WE)
  # A lesson's figure is drawn when the lesson ran: lesson 11 is not built without the symbolic layer.
  if(name MATCHES "^lesson([0-9][0-9])_")
    file(GLOB ran LIST_DIRECTORIES true ${data}/${CMAKE_MATCH_1}_*)
    if(NOT ran)
      continue()
    endif()
  endif()
  execute_process(COMMAND ${GNUPLOT} -e "srcdir='${SRC}/figures'; datadir='${data}'; outfile='${figures}/${name}.svg'" ${script}
                  ERROR_VARIABLE err RESULT_VARIABLE rc)
  # gnuplot exits 0 after some errors in a script; its messages on stderr are treated as failures too.
  if(NOT rc EQUAL 0 OR err MATCHES "[a-z]" OR NOT EXISTS ${figures}/${name}.svg)
    message(FATAL_ERROR "docs: gnuplot failed on ${script}:\n${err}")
  endif()
endforeach()

# --- 3. Doxygen ----------------------------------------------------------------------------------
# Every test file becomes a page of its own (a Doxygen \example, shown whole, under "Tests"), described
# by its opening comment; the identities page links to them. A test file renamed or removed breaks
# those links, and Doxygen's warning fails the build.
get_filename_component(root ${SRC} DIRECTORY)
file(GLOB tests RELATIVE ${root}/tests ${root}/tests/unit/*.cpp ${root}/tests/cli/*_test.cpp)
file(GLOB exercise_tests RELATIVE ${root}/lessons ${root}/lessons/*/exercises_test.cpp)
set(dox "")
foreach(test IN LISTS tests exercise_tests)
  if(EXISTS ${root}/tests/${test})
    set(path ${root}/tests/${test})
  else()
    set(path ${root}/lessons/${test})
  endif()
  # The opening comment: the leading lines that start with //.
  file(STRINGS ${path} lines)
  set(about "")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "^//")
      break()
    endif()
    string(REGEX REPLACE "^// ?" "" line "${line}")
    string(REPLACE "*/" "* /" line "${line}")  # it goes inside a /** ... */ block
    string(APPEND about "${line}\n")
  endforeach()
  if(about STREQUAL "")
    set(about "The test file ${test}.\n")
  endif()
  string(APPEND dox "/**\n\\example ${test}\n\\verbatim\n${about}\\endverbatim\n*/\n")
endforeach()
file(WRITE ${OUT}/tests.dox "${dox}")

# --- 1d. the lesson pages, with their homework ------------------------------------------------------
# Each docs/pages/NN_topic.md is a template: its line "<!-- homework: written from ... -->" becomes the lesson's exercises,
# from its homework.json: the task of each, its hints folded, and the contract (exercises.hpp, verbatim so
# its comments show). The templates are excluded from Doxygen's input and the pages written here added.
include(${root}/cmake/homework_manifest.cmake)

# Text for Doxygen's Markdown: a backslash, @ and % would be commands, < a tag.
function(doxygen_text text out)
  string(REPLACE "\\" "\\\\" text "${text}")
  string(REPLACE "@" "\\@" text "${text}")
  string(REPLACE "%" "\\%" text "${text}")
  string(REPLACE "<" "&lt;" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

file(GLOB templates ${SRC}/pages/[0-9][0-9]_*.md)
set(pages "")
set(excluded "")
foreach(template IN LISTS templates)
  get_filename_component(lesson ${template} NAME_WE)   # 02_entropy
  string(SUBSTRING ${lesson} 0 2 nn)
  list(APPEND excluded ${template})
  if(EXISTS ${generated}/${lesson}.md)                  # lesson 11: already written with its derivations
    file(READ ${generated}/${lesson}.md page)
  else()
    file(READ ${template} page)
  endif()
  set(section "")
  set(manifest ${root}/lessons/${lesson}/homework.json)
  if(EXISTS ${manifest})
    homework_manifest(${manifest} hw)
    set(first ${hw_0_id})
    string(APPEND section
      "Your homework: each exercise is a function to write in `lessons/${lesson}/exercises.cpp`. "
      "`./workbook homework ${first}` checks one exercise and shows what fails; `./workbook homework hint ${first}` "
      "gives its hints, one more each time you ask; `./workbook homework watch` checks again each time you save. "
      "The checks are on the page \\ref ${lesson}/exercises_test.cpp \"of the lesson's exercise tests\".\n\n")
    math(EXPR last "${hw_count} - 1")
    foreach(i RANGE ${last})
      doxygen_text("${hw_${i}_title}" title)
      doxygen_text("${hw_${i}_task}" task)
      string(APPEND section "**${hw_${i}_id} ${title}.** ${task}\n\n")
      math(EXPR last_hint "${hw_${i}_hint_count} - 1")
      foreach(j RANGE ${last_hint})
        math(EXPR number "${j} + 1")
        doxygen_text("${hw_${i}_hint_${j}}" hint)
        string(APPEND section "<details><summary>Hint ${number} of ${hw_${i}_hint_count}</summary>\n${hint}\n</details>\n")
      endforeach()
      string(APPEND section "\n")
    endforeach()
    string(APPEND section "Each function's contract (its inputs, what it refuses, an example), from "
                          "`lessons/${lesson}/exercises.hpp`:\n\n\\verbinclude ${lesson}/exercises.hpp\n")
  endif()
  string(REPLACE "<!-- homework: written from the lesson's homework.json by build_docs.cmake -->" "${section}"
         page "${page}")
  file(WRITE ${generated}/${lesson}.md "${page}")
  list(APPEND pages ${generated}/${lesson}.md)
endforeach()
list(JOIN pages " " pages)
list(JOIN excluded " " excluded)

# The configured Doxyfile, plus the settings that depend on this run's output folder.
file(WRITE ${OUT}/Doxyfile.run "@INCLUDE = ${DOXYFILE}\nOUTPUT_DIRECTORY = ${OUT}\nIMAGE_PATH = ${figures}\n"
                               "INPUT += ${OUT}/tests.dox ${pages} ${generated}/closed_forms.md\n"
                               "EXCLUDE = ${excluded}\n")
execute_process(COMMAND ${DOXYGEN} ${OUT}/Doxyfile.run WORKING_DIRECTORY ${OUT}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
string(REGEX MATCHALL "(warning|error):" warnings "${err}")
list(LENGTH warnings n_warnings)
if(NOT rc EQUAL 0 OR n_warnings GREATER 0)
  message(FATAL_ERROR "docs: Doxygen failed with ${n_warnings} warning(s); every one must be fixed:\n${out}${err}")
endif()

# MathJax from Debian's libjs-mathjax, linked (not copied: it is 54 MB) where MATHJAX_RELPATH points.
# To carry the HTML to another machine, copy it with links followed: cp -rL html elsewhere/
if(NOT EXISTS ${MATHJAX}/MathJax.js)
  message(FATAL_ERROR "docs: ${MATHJAX}/MathJax.js is missing: install it with  sudo apt-get install libjs-mathjax")
endif()
file(CREATE_LINK ${MATHJAX} ${OUT}/html/mathjax SYMBOLIC)

# --- 4. nothing on the network -------------------------------------------------------------------
set(HTML ${OUT}/html)
include(${SRC}/check_offline.cmake)

message(STATUS "docs: ${OUT}/html/index.html (0 warnings)")
