# Turns a data file into a C++ source that returns its text: cmake -DIN= -DOUT= -DNAME= -P Embed.cmake
file(READ ${IN} content HEX)
string(LENGTH "${content}" hexlen)
math(EXPR len "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
file(WRITE ${OUT} "// Generated from ${NAME}.json by cmake/Embed.cmake; do not edit.\n"
  "#include <string_view>\nnamespace claimcheck::data {\n"
  "static const unsigned char k_${NAME}[] = {${bytes} 0};\n"
  "std::string_view ${NAME}_json() { return {reinterpret_cast<const char*>(k_${NAME}), ${len}}; }\n"
  "}\n")
