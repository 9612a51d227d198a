# Small tables for the figures of the lessons that write no data of their own (02, 03, 05, 07; 04 has
# one of its own and one from here), computed by
# the workbook's calculator: each row is one `infocalc ... --json` call, so the figures show exactly
# what a student would get by typing the same command.
#
# All of them vary one coin: Q = (q, 1-q) for q on a grid of step 1/40 (0.025 ... 0.975), plus q = 0
# and q = 1 where the quantity stays finite. "inf" from the calculator is written as "?", which the
# gnuplot scripts declare as missing data (the curve leaves the plot there).

# infocalc_value(<out-var> <quantity> <P> [<Q>]): the value in bits, or "?" when infinite.
function(infocalc_value out)
  execute_process(COMMAND ${INFOCALC} ${ARGN} --base 2 --json
                  OUTPUT_VARIABLE json ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "docs: infocalc ${ARGN} --base 2 --json failed (${rc}): ${err}")
  endif()
  string(JSON value GET "${json}" value)
  if(value STREQUAL "inf")
    set(value "?")
  endif()
  set(${out} ${value} PARENT_SCOPE)
endfunction()

# coin_grid(<q-list-var> <complement-list-var> [FROM i0] [TO i1]): q = i/40 as decimal text, and 1 - q.
# CMake's math() is integer-only, so the decimals are built from thousandths.
function(coin_grid qs rs)
  cmake_parse_arguments(arg "" "FROM;TO" "" ${ARGN})
  if(NOT DEFINED arg_FROM)
    set(arg_FROM 1)
  endif()
  if(NOT DEFINED arg_TO)
    set(arg_TO 39)
  endif()
  set(q_list "")
  set(r_list "")
  foreach(i RANGE ${arg_FROM} ${arg_TO})
    math(EXPR k "${i} * 25")
    math(EXPR r "1000 - ${k}")
    foreach(v k r)
      if(${v} EQUAL 1000)
        set(${v}_text "1")
      elseif(${v} EQUAL 0)
        set(${v}_text "0")
      else()
        string(LENGTH "${${v}}" len)
        math(EXPR pad "3 - ${len}")
        string(REPEAT "0" ${pad} zeros)
        set(${v}_text "0.${zeros}${${v}}")
      endif()
    endforeach()
    list(APPEND q_list ${k_text})
    list(APPEND r_list ${r_text})
  endforeach()
  set(${qs} ${q_list} PARENT_SCOPE)
  set(${rs} ${r_list} PARENT_SCOPE)
endfunction()

function(derive_calculator_tables infocalc dir)
  set(INFOCALC ${infocalc})
  if(NOT EXISTS ${INFOCALC})
    message(FATAL_ERROR "docs: ${INFOCALC} is missing: build the calculator first (cmake --build <build>)")
  endif()
  file(MAKE_DIRECTORY ${dir})

  # Lesson 02: the entropy of a coin (q, 1-q), 0 at both ends.
  coin_grid(qs rs FROM 0 TO 40)
  set(rows "q,entropy_bits\n")
  foreach(q r IN ZIP_LISTS qs rs)
    infocalc_value(h entropy "${q},${r}")
    string(APPEND rows "${q},${h}\n")
  endforeach()
  file(WRITE ${dir}/coin_entropy.csv "${rows}")

  # Lessons 03-05: P = (0.3, 0.7) against the model Q = (q, 1-q): H(P) (one value), H(P,Q) summed
  # from its definition, KL(P||Q) and KL(Q||P), each from its own call.
  set(p "0.3,0.7")
  infocalc_value(h_p entropy ${p})
  coin_grid(qs rs)
  set(rows "q,entropy_P,cross_entropy_PQ,kl_PQ,kl_QP\n")
  foreach(q r IN ZIP_LISTS qs rs)
    infocalc_value(ce cross-entropy ${p} "${q},${r}")
    infocalc_value(kl kl ${p} "${q},${r}")
    infocalc_value(lk kl "${q},${r}" ${p})
    string(APPEND rows "${q},${h_p},${ce},${kl},${lk}\n")
  endforeach()
  file(WRITE ${dir}/coin_model.csv "${rows}")

  # Lesson 07: the certain truth P = (1, 0) against Q = (q, 1-q): JS stays within 1 bit where KL(P||Q)
  # grows without bound (and is infinite at q = 0); the JS distance is its square root.
  coin_grid(qs rs FROM 0 TO 40)
  set(rows "q,js,js_distance,kl_PQ\n")
  foreach(q r IN ZIP_LISTS qs rs)
    infocalc_value(js js "1,0" "${q},${r}")
    infocalc_value(jd js-distance "1,0" "${q},${r}")
    infocalc_value(kl kl "1,0" "${q},${r}")
    string(APPEND rows "${q},${js},${jd},${kl}\n")
  endforeach()
  file(WRITE ${dir}/js_vs_kl.csv "${rows}")
endfunction()
