# Writes OUT, memcheck(1), from the freshly built binary EXE (`memcheck --man`
# prints it from the --help texts and the rule registry).
execute_process(COMMAND "${EXE}" --man OUTPUT_FILE "${OUT}.tmp" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} --man failed: ${rc}")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
