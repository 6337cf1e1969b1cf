#!/bin/bash
# Runs one Windows program of the cross-build under Wine, headless and quiet: the toolchain file's
# CMAKE_CROSSCOMPILING_EMULATOR, so CMake and CTest run the Windows test programs as they run native ones.
# WINEPREFIX: $HS_WIN_WINEPREFIX, default ~/.cache/herstelspiegel-win/wineprefix (made on first use).
set -euo pipefail
wine=/usr/lib/wine/wine64
command -v wine64 >/dev/null && wine="$(command -v wine64)"
[ -x "$wine" ] || { echo "wine-run.sh: wine64 is not installed (apt-get install wine64)" >&2; exit 127; }
export WINEPREFIX="${HS_WIN_WINEPREFIX:-$HOME/.cache/herstelspiegel-win/wineprefix}"
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY # headless: no window for the console programs
exec "$wine" "$@"
