# Writes OUT: a C file defining `const mc_embedded_file NAME[]`, one entry per file
# in FILES (a ';'-list), each with its base name, its text and the SHA-256 of the
# text, so memcheck's models, docs and the HTML report's script travel inside the
# binary.
set(body "#include \"embedded.h\"\nconst mc_embedded_file ${NAME}[] = {\n")
foreach(f IN LISTS FILES)
  file(READ "${f}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  get_filename_component(base "${f}" NAME)
  file(SHA256 "${f}" sha256)
  string(APPEND body "  {\"${base}\", (const char[]){${hex} 0}, \"${sha256}\"},\n")
endforeach()
string(APPEND body "  {0, 0, 0}\n};\n")
file(WRITE "${OUT}.tmp" "${body}")
configure_file("${OUT}.tmp" "${OUT}" COPYONLY)
