# CMake toolchain for the Windows cross-build from Debian 12: x86_64-w64-mingw32 with POSIX threads
# (g++-mingw-w64-x86-64-posix; std::thread and std::mutex need them) and every library taken from one fixed
# prefix, never from the build machine's /usr. packaging/windows/build.sh fills the prefix; see the README.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(_hs_triplet x86_64-w64-mingw32)

set(CMAKE_C_COMPILER ${_hs_triplet}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_hs_triplet}-g++-posix)
set(CMAKE_RC_COMPILER ${_hs_triplet}-windres)
set(CMAKE_AR ${_hs_triplet}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${_hs_triplet}-gcc-ranlib-posix CACHE FILEPATH "")

# The dependency prefix: $HS_WIN_PREFIX, else ~/.cache/herstelspiegel-win/prefix. Kept in the cache so that
# try_compile and re-runs of CMake see the same one.
if(NOT HS_WIN_PREFIX)
  if(DEFINED ENV{HS_WIN_PREFIX} AND NOT "$ENV{HS_WIN_PREFIX}" STREQUAL "")
    set(HS_WIN_PREFIX "$ENV{HS_WIN_PREFIX}")
  else()
    set(HS_WIN_PREFIX "$ENV{HOME}/.cache/herstelspiegel-win/prefix")
  endif()
endif()
set(HS_WIN_PREFIX "${HS_WIN_PREFIX}" CACHE PATH "Prefix holding the static Windows dependencies")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES HS_WIN_PREFIX)

# Libraries and headers only from the prefix (and the compiler's own sysroot); programs from the build machine.
set(CMAKE_FIND_ROOT_PATH "${HS_WIN_PREFIX}" /usr/${_hs_triplet})
set(CMAKE_PREFIX_PATH "${HS_WIN_PREFIX}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_FIND_LIBRARY_SUFFIXES .a) # static only: no DLLs to ship or lose

# pkg-config reads the prefix's .pc files only.
set(ENV{PKG_CONFIG_LIBDIR} "${HS_WIN_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")

# wxWidgets' msw port, built into the prefix by build.sh's wx step: its wx-config, never the build machine's
# (GTK) one on the PATH. FindwxWidgets uses wx-config's way when cross-compiling.
set(wxWidgets_CONFIG_EXECUTABLE "${HS_WIN_PREFIX}/bin/wx-config" CACHE FILEPATH "wx-config of the msw port")
set(wxWidgets_USE_STATIC ON CACHE BOOL "")

# One .exe without libgcc/libstdc++/winpthread DLLs next to it.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

# Windows programs built here (the tests) run under Wine: CMake's test discovery and CTest go through this.
set(CMAKE_CROSSCOMPILING_EMULATOR "${CMAKE_CURRENT_LIST_DIR}/wine-run.sh")
