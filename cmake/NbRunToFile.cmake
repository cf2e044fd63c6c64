# cmake -DPROGRAM=… -DARGS="a;b" -DLOCALE=C.UTF-8 -DOUTPUT=… [-DGZIP=ON] -P NbRunToFile.cmake
# Runs one of our programs at build time (offscreen, in the given locale) and
# writes what it prints to OUTPUT, gzip'ed -9n (reproducible) when GZIP is set.
# Used to generate the man pages and the bash completion from the programs'
# own descriptions of their command lines.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} ${LOCALE})
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_FILE ${OUTPUT}.tmp ERROR_VARIABLE errors RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed (${rc}): ${errors}")
endif()
if(GZIP)
  execute_process(COMMAND gzip -9nc ${OUTPUT}.tmp OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE rc)
  file(REMOVE ${OUTPUT}.tmp)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${OUTPUT} failed")
  endif()
else()
  file(RENAME ${OUTPUT}.tmp ${OUTPUT})
endif()
