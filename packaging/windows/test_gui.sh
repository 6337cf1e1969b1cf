#!/bin/bash
# The desktop application for Windows under Wine, on a headless desktop (Xvfb with openbox, as tests/gui does
# natively): started as a new user would with a demo, its database in a folder the Western code page cannot spell
# (the command line reaches it as UTF-16), it shows its main window and saves a picture of it (--screenshot; on
# Windows drawn from the screen). Checks the picture's size and that it is not blank, and the database; the
# picture is kept for a person to look at. Run by build.sh's gui-test step.
#
#   test_gui.sh <herstelspiegel.exe> <herstelspiegel-cli.exe> <picture.png>
set -euo pipefail

exe="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cli="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
out="$(cd "$(dirname "$3")" && pwd)/$(basename "$3")"
wine=/usr/lib/wine/wine64
command -v wine64 >/dev/null && wine="$(command -v wine64)"
server="$(dirname "$wine")/wineserver"
[ -x "$server" ] || server="$(command -v wineserver || echo /usr/lib/wine/wineserver64)"
fail() { echo "test_gui.sh: FAILED: $*" >&2; exit 1; }
for tool in xvfb-run openbox python3; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done

tmp="$(mktemp -d)"
export WINEPREFIX="$tmp/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
trap '"$server" -k 2>/dev/null || true; rm -rf "$tmp"' EXIT
"$wine" wineboot --init >/dev/null 2>&1 || true
"$server" -w
folder="$tmp/Cliënten Ωmega"
mkdir -p "$folder"
rm -f "$out"
cd "$tmp"

# Wine's own desktop on a fresh X display with a window manager; the program draws its window, saves it after
# 1.5 s and ends.
export LC_ALL=C.UTF-8 # the command line from here to Wine in UTF-8
export HS_EXE="$exe" HS_OUT="$out" HS_DB="Z:${folder//\//\\}\\demo.db" HS_WINE="$wine"
timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  openbox --sm-disable >/dev/null 2>&1 &
  wm=$!
  sleep 1
  "$HS_WINE" "$HS_EXE" --demo --db "$HS_DB" --screenshot "Z:${HS_OUT//\//\\}"
  rc=$?
  kill "$wm" 2>/dev/null || true
  exit "$rc"' || fail "herstelspiegel.exe ended with an error"
"$server" -w

[ -s "$out" ] || fail "no picture was saved"
python3 - "$out" <<'PY' || fail "the picture is not a window"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
pos, idat = 8, b""
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
pixels = zlib.decompress(idat)
print(f"main window: {width}x{height}, {len(set(pixels))} distinct byte values")
assert width >= 600 and height >= 400, "a window this small is not the main window"
assert len(set(pixels)) > 32, "the picture is (nearly) one colour: nothing was drawn"
PY
[ -s "$folder/demo.db" ] || fail "no database in the folder named on the command line ($folder)"
"$wine" "$cli" --db "Z:${folder//\//\\}\\demo.db" list | tr -d '\r' | grep -q "Rounds (4)" ||
    fail "the demo database has not the demo's rounds"
echo "test_gui.sh: the main window was shown and saved to $out"
