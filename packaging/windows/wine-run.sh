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
# CTest starts several tests at once: the first use of a prefix must make it alone, or two Wine servers race to
# create it and a test fails before it starts ("chdir to /tmp/wine-…: No such file or directory").
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    mkdir -p "$(dirname "$WINEPREFIX")"
    (
        flock 9
        if [ ! -f "$WINEPREFIX/system.reg" ]; then
            "$wine" wineboot --init >/dev/null 2>&1 || true
            server="$(dirname "$wine")/wineserver"
            [ -x "$server" ] || server="$(command -v wineserver || echo /usr/lib/wine/wineserver64)"
            "$server" -w || true
        fi
    ) 9>"$WINEPREFIX.lock"
fi
exec "$wine" "$@"
