# cmake -DMODE=find_package|add_subdirectory -DBUILD=<workbook build> -DSOURCE=<workbook source>
#       -DWORK=<scratch folder> -DGENERATOR=... -DCXX=... -P consume.cmake
#
# find_package:     installs BUILD's library into WORK/prefix, then builds consumer/ against it;
# add_subdirectory: builds subproject/, which adds the workbook's source tree (only its library is built).
# Either way the consumer must print KL(P||Q) of lesson 04's example: 1.926979 bits (README).
cmake_minimum_required(VERSION 3.25)

function(run what)
  execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "package.${MODE}: ${what} failed (${rc}):\n${out}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK})
set(here ${CMAKE_CURRENT_LIST_DIR})
set(configure ${CMAKE_COMMAND} -B ${WORK}/build -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX})
if(MODE STREQUAL "find_package")
  run("cmake --install" ${CMAKE_COMMAND} --install ${BUILD} --prefix ${WORK}/prefix)
  file(GLOB config ${WORK}/prefix/lib*/cmake/info/infoConfigVersion.cmake)
  if(NOT config OR NOT EXISTS ${WORK}/prefix/include/info/discrete_measures.hpp)
    message(FATAL_ERROR "package.find_package: cmake --install put no headers or no package config under ${WORK}/prefix")
  endif()
  run("configuring the consumer" ${configure} -S ${here}/consumer -DCMAKE_PREFIX_PATH=${WORK}/prefix)
elseif(MODE STREQUAL "add_subdirectory")
  run("configuring the consumer" ${configure} -S ${here}/subproject -DWORKBOOK_SOURCE=${SOURCE})
else()
  message(FATAL_ERROR "consume.cmake: MODE=${MODE}?")
endif()
run("building the consumer" ${CMAKE_COMMAND} --build ${WORK}/build --target kl)
run("running the consumer" ${WORK}/build/kl)
if(NOT out STREQUAL "KL(P||Q) = 1.92698 bits\n")
  message(FATAL_ERROR "package.${MODE}: the consumer printed\n${out}instead of KL(P||Q) = 1.92698 bits")
endif()
message(STATUS "package.${MODE}: ${out}")
