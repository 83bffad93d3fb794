# Writes OUT: a C file defining `const mc_embedded_file NAME[]`, one entry per file
# in FILES (a ';'-list), each with its base name and its text, so memcheck's models
# and docs travel inside the binary.
set(body "#include \"embedded.h\"\nconst mc_embedded_file ${NAME}[] = {\n")
foreach(f IN LISTS FILES)
  file(READ "${f}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  get_filename_component(base "${f}" NAME)
  string(APPEND body "  {\"${base}\", (const char[]){${hex} 0}},\n")
endforeach()
string(APPEND body "  {0, 0}\n};\n")
file(WRITE "${OUT}.tmp" "${body}")
configure_file("${OUT}.tmp" "${OUT}" COPYONLY)
