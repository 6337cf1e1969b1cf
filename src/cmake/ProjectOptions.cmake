# Compiler warnings and sanitizers, applied to every target of the project through one interface library.
add_library(hs_project_options INTERFACE)
target_compile_options(hs_project_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
  -Wnon-virtual-dtor -Woverloaded-virtual -Wdouble-promotion -Wformat=2)
if(HS_WARNINGS_AS_ERRORS)
  target_compile_options(hs_project_options INTERFACE -Werror)
endif()

set(_hs_sanitizers "")
if(HS_ASAN)
  list(APPEND _hs_sanitizers address)
endif()
if(HS_UBSAN)
  list(APPEND _hs_sanitizers undefined)
endif()
if(_hs_sanitizers)
  list(JOIN _hs_sanitizers "," _hs_sanitize_list)
  target_compile_options(hs_project_options INTERFACE
    -fsanitize=${_hs_sanitize_list} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  if(HS_UBSAN)
    # SOCI does not export the type information the vptr check needs.
    target_compile_options(hs_project_options INTERFACE -fno-sanitize=vptr)
  endif()
  target_link_options(hs_project_options INTERFACE -fsanitize=${_hs_sanitize_list})
endif()
