# The Windows resources of the two programs, compiled in with windres: version information (the file's
# properties), the manifest (no elevation, themed controls, high DPI, long paths) and, for the desktop
# application, its icon (written from data/icons/png by make_ico.py). Included by src/gui and src/cli on WIN32.
#
#   hs_windows_resources(<target> DESCRIPTION <text> [ICON] [WX <wxWidgets include dirs>])
#
# The resources are an object library of their own: the compile options of the C++ targets (warnings,
# wxWidgets' flags) mean nothing to windres.
set(HS_WIN_PUBLISHER "The Herstelspiegel developers") # also the installer's Publisher (build.sh passes it)
find_program(HS_PYTHON3 python3 REQUIRED)

function(hs_windows_resources target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "ICON" "DESCRIPTION" "WX")
  set(_dir "${CMAKE_CURRENT_BINARY_DIR}/${target}-resources")
  set(_here "${PROJECT_SOURCE_DIR}/packaging/windows")
  set(HS_RC_NAME "${target}")
  set(HS_RC_DESCRIPTION "${arg_DESCRIPTION}")
  set(HS_RC_PUBLISHER "${HS_WIN_PUBLISHER}")
  set(HS_RC_VERSION_DOTTED "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
  set(HS_RC_MANIFEST "${_dir}/herstelspiegel.manifest")
  configure_file("${_here}/herstelspiegel.manifest.in" "${HS_RC_MANIFEST}" @ONLY)
  set(HS_RC_EXTRA "")
  set(_depends "${HS_RC_MANIFEST}")
  if(arg_WX)
    # wxWidgets' own resources (cursors, bitmaps of its dialogs), without its manifest: ours replaces it.
    string(APPEND HS_RC_EXTRA "#define wxUSE_NO_MANIFEST 1\n#include <wx/msw/wx.rc>\n")
  endif()
  if(arg_ICON)
    file(GLOB _pngs CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/data/icons/png/herstelspiegel-*.png")
    set(_ico "${_dir}/herstelspiegel.ico")
    add_custom_command(OUTPUT "${_ico}"
      COMMAND "${HS_PYTHON3}" "${_here}/make_ico.py" "${_ico}" ${_pngs}
      DEPENDS "${_here}/make_ico.py" ${_pngs}
      COMMENT "Writing the Windows icon from data/icons/png"
      VERBATIM)
    # First in alphabetical order, before wxWidgets' wxICON_AAA: Explorer shows the first icon as the program's.
    string(APPEND HS_RC_EXTRA "APPICON ICON \"${_ico}\"\n")
    list(APPEND _depends "${_ico}")
  endif()
  set(_rc "${_dir}/${target}.rc")
  configure_file("${_here}/resources.rc.in" "${_rc}" @ONLY)
  set_source_files_properties("${_rc}" PROPERTIES OBJECT_DEPENDS "${_depends}")
  add_library(${target}_resources OBJECT "${_rc}")
  target_include_directories(${target}_resources PRIVATE ${arg_WX})
  target_link_libraries(${target} PRIVATE ${target}_resources)
endfunction()
