#!/bin/bash
# The desktop application for Windows under Wine, on a headless desktop (Xvfb with openbox, as tests/gui does
# natively): started as a new user would with a demo, its database in a folder the Western code page cannot spell
# (the command line reaches it as UTF-16), it shows its main window with its texts and its list. And its --version
# typed in a command prompt reaches that prompt's console.
#
# Two starts. The first saves the program's own picture (--screenshot, drawn from the Windows screen DC) and the
# labels of its visible controls (--describe): the labels must be the Dutch texts of the main window and the list
# must hold the demo's rows. The second stays open until the labels are written; then screen_check.py captures the
# X screen itself, which is what a person sees. On both pictures every labelled control must have dark text pixels
# where the program says it is (screen_check.py check); a window drawn without texts fails that (as the first
# Windows builds' pictures did, whose alpha channel hid every letter). Both pictures are kept for a person to look
# at. Run by build.sh's gui-test step.
#
#   test_gui.sh <herstelspiegel.exe> <herstelspiegel-cli.exe> <picture.png>   (also writes <picture>-screen.png)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exe="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cli="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
out="$(cd "$(dirname "$3")" && pwd)/$(basename "$3")"
screen_out="${out%.png}-screen.png"
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
rm -f "$out" "$screen_out"
cd "$tmp"
winpath() { local p="${1//\//\\}"; echo "Z:$p"; }

# 0. --version typed in a command prompt: a windowed program gets no standard output there (from_command_prompt.c
# starts it so, in a console on a terminal that script(1) provides); the version must reach the console.
command -v script >/dev/null || fail "script (util-linux) is not installed"
x86_64-w64-mingw32-gcc-posix -municode -O2 "$here/from_command_prompt.c" -o "$tmp/from_command_prompt.exe" ||
    fail "from_command_prompt.c did not compile"
version="$("$wine" "$exe" --version | tr -d '\r')"
[[ "$version" =~ ^herstelspiegel\ [0-9] ]] || fail "--version says '$version'"
said="$(DISPLAY= script -qec "$(printf '%q ' "$wine" "$tmp/from_command_prompt.exe" "$(winpath "$exe")" --version)" /dev/null |
        tr -d '\r')" || fail "--version from a command prompt ended with an error"
grep -qF "$version" <<<"$said" || fail "--version from a command prompt did not reach its console (got '$said')"

# Wine's own desktop on a fresh X display with a window manager; on_desktop runs its argument there.
export LC_ALL=C.UTF-8 # the command line from here to Wine in UTF-8
export HS_EXE="$exe" HS_WINE="$wine" HS_SERVER="$server" HS_CHECK="$here/screen_check.py"
export HS_DB="$(winpath "$folder/demo.db")"
on_desktop() { bash "$here/on_desktop.sh" "$1"; }

# 1. The program's own picture and its labels; it saves them after 1.5 s and ends.
export HS_LABELS="$(winpath "$tmp/labels.txt")" HS_OUT="$(winpath "$out")"
on_desktop '"$HS_WINE" "$HS_EXE" --demo --db "$HS_DB" --describe "$HS_LABELS" --screenshot "$HS_OUT"' ||
    fail "herstelspiegel.exe ended with an error"
"$server" -w
[ -s "$out" ] || fail "no picture was saved"
[ -s "$tmp/labels.txt" ] || fail "no labels were written (--describe)"
labels="$(tr -d '\r' <"$tmp/labels.txt")"
expect() { grep -qP "$1" <<<"$labels" || fail "the main window does not show $2 (labels: $tmp/labels.txt)"; }
expect '^frame\t.*\tHerstelspiegel$' "its title"
expect '^menu\tBestand$' "the menu Bestand"
expect '^button\t[0-9 ]+\tenabled\tInvullen' "the button Invullen…"
expect '^button\t[0-9 ]+\tenabled\tResultaten' "the button Resultaten…"
expect '^button\t[0-9 ]+\tenabled\tExporteren' "the button Exporteren…"
expect '^text\t[0-9 ]+\tenabled\tElke rij is één team' "its explanation (in Dutch, in UTF-8)"
expect '^list\t[0-9 ]+\tenabled\t8 columns, 32 rows$' "the demo's 32 rows in the list"
expect '^column\tTeam$' "the list's column Team"
expect '^row\tFACT Noord\t2026-najaar\t' "the row of FACT Noord"
expect '^status\tDemogegevens' "the demo in its status bar"
python3 "$here/screen_check.py" check "$out" "$tmp/labels.txt" window ||
    fail "the program's own picture lacks texts ($out)"

# 2. What the screen shows: the program stays open (--describe alone) until the picture of the X screen is taken.
rm -f "$tmp/labels.txt"
export HS_LABELS_UNIX="$tmp/labels.txt" HS_SCREEN_OUT="$screen_out"
on_desktop '
  "$HS_WINE" "$HS_EXE" --db "$HS_DB" --describe "$HS_LABELS" &
  for i in $(seq 1 180); do [ -f "$HS_LABELS_UNIX" ] && break; sleep 0.5; done
  [ -f "$HS_LABELS_UNIX" ] && sleep 1 && python3 "$HS_CHECK" capture "$HS_SCREEN_OUT"
  rc=$?
  "$HS_SERVER" -k 2>/dev/null
  exit "$rc"' || fail "the program wrote no labels, or the screen could not be captured"
python3 "$here/screen_check.py" check "$screen_out" "$tmp/labels.txt" screen ||
    fail "the screen lacks the texts of the main window ($screen_out)"

[ -s "$folder/demo.db" ] || fail "no database in the folder named on the command line ($folder)"
"$wine" "$cli" --db "$(winpath "$folder/demo.db")" list | tr -d '\r' | grep -q "Rounds (4)" ||
    fail "the demo database has not the demo's rounds"
echo "test_gui.sh: the main window was shown with its texts; pictures: $out (its own), $screen_out (the screen)"
