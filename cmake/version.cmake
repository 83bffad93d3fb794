# Writes OUT: a C file defining mc_build_commit, the git commit the build was made
# from ("unknown" when the sources are not the top of a git work tree, such as a
# tarball unpacked inside another repository), "-dirty" when the tree had changes.
# Run at every build (not only at configure time), so a commit made since the
# last configure is named; OUT is only rewritten when the text changes.
set(commit "unknown")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SRC}" rev-parse --show-toplevel --short=12 HEAD
                  OUTPUT_VARIABLE answer OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE rc)
  string(REPLACE "\n" ";" answer "${answer}")
  list(LENGTH answer n)
  if(rc EQUAL 0 AND n EQUAL 2)
    list(GET answer 0 top)
    list(GET answer 1 head)
    file(REAL_PATH "${SRC}" src_real)
    file(REAL_PATH "${top}" top_real)
  endif()
  if(rc EQUAL 0 AND n EQUAL 2 AND src_real STREQUAL top_real)
    set(commit "${head}")
    execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SRC}" status --porcelain --untracked-files=no
                    OUTPUT_VARIABLE changes ERROR_QUIET)
    if(changes)
      string(APPEND commit "-dirty")
    endif()
  endif()
endif()
file(WRITE "${OUT}.tmp" "/* written by cmake/version.cmake */\nconst char mc_build_commit[] = \"${commit}\";\n")
configure_file("${OUT}.tmp" "${OUT}" COPYONLY)
