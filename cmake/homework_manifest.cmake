# The homework's manifest: lessons/NN_topic/homework.json, the one place where an exercise's id, title, task
# and hints are written.
#
#   {"exercises": [{"id": "02.1", "name": "entropy", "title": "Entropy",
#                   "task": "One or two sentences: what to compute, in which unit.",
#                   "hints": ["a nudge", "the method", "the numerical care (optional)"]}]}
#
# `name` is the exercise's function in exercises.hpp and its doctest TEST_SUITE in exercises_test.cpp.
#
# homework_manifest(<file> <prefix>) reads and checks one manifest and sets, in the caller's scope,
#   <prefix>_count                      the number of exercises
#   <prefix>_<i>_id, _name, _title, _task, _hint_count, _hint_<j>    for i, j counted from 0
# One variable per field (not CMake lists): a task may contain a semicolon. The lessons (their Exercises
# step), the homework's build and tests, and the docs read the manifest through this function; so does
# nothing else in CMake. tools/homework reads it with jq.
function(homework_manifest file prefix)
  get_filename_component(dir ${file} DIRECTORY)
  get_filename_component(lesson ${dir} NAME)
  string(SUBSTRING ${lesson} 0 2 nn)
  file(READ ${file} json)
  string(JSON n ERROR_VARIABLE err LENGTH "${json}" exercises)
  if(err)
    message(FATAL_ERROR "homework: ${file} is not a manifest {\"exercises\": [...]}: ${err}")
  endif()
  set(ids "")
  set(names "")
  if(n GREATER 0)
    math(EXPR last "${n} - 1")
    foreach(i RANGE ${last})
      foreach(field id name title task)
        string(JSON value ERROR_VARIABLE err GET "${json}" exercises ${i} ${field})
        if(err OR value STREQUAL "")
          message(FATAL_ERROR "homework: exercise ${i} of ${file} has no \"${field}\"")
        endif()
        set(${prefix}_${i}_${field} "${value}" PARENT_SCOPE)
        set(${field} "${value}")
      endforeach()
      if(NOT id MATCHES "^${nn}\\.[1-9][0-9]?$")
        message(FATAL_ERROR "homework: exercise \"${id}\" in ${file}: its id must be ${nn}.K (the lesson's number, "
                            "a dot, the exercise's number from 1)")
      endif()
      if(NOT name MATCHES "^[a-z][a-z0-9_]*$")
        message(FATAL_ERROR "homework: exercise ${id} in ${file}: its name \"${name}\" must be a C++ function name in "
                            "lower case (the function in exercises.hpp and the TEST_SUITE in exercises_test.cpp)")
      endif()
      if(id IN_LIST ids OR name IN_LIST names)
        message(FATAL_ERROR "homework: exercise ${id} ${name} in ${file}: its id or name is used twice")
      endif()
      list(APPEND ids ${id})
      list(APPEND names ${name})
      # Graded hints: a nudge, then the method, then (optionally) the numerical care.
      string(JSON hints ERROR_VARIABLE err LENGTH "${json}" exercises ${i} hints)
      if(err OR hints LESS 2 OR hints GREATER 3)
        message(FATAL_ERROR "homework: exercise ${id} in ${file} needs two or three hints (a nudge, the method, "
                            "then optionally the numerical care)")
      endif()
      set(${prefix}_${i}_hint_count ${hints} PARENT_SCOPE)
      math(EXPR last_hint "${hints} - 1")
      foreach(j RANGE ${last_hint})
        string(JSON hint GET "${json}" exercises ${i} hints ${j})
        set(${prefix}_${i}_hint_${j} "${hint}" PARENT_SCOPE)
      endforeach()
    endforeach()
  endif()
  set(${prefix}_count ${n} PARENT_SCOPE)
endfunction()
