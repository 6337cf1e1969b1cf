#!/bin/bash
# The installer as a user meets it, under Wine in a throw-away prefix: Herstelspiegel-Setup-<version>.exe /S
# installs for the current user without administrator rights; the installed herstelspiegel-cli.exe answers
# --version, fills the default database (%APPDATA%\Herstelspiegel) with a demo and writes a trend workbook; the
# programs list has its entry; the silent uninstall (the QuietUninstallString Windows itself would run) removes
# the program, its start-menu entries and its entry, and leaves the database. Then the same for all users
# (/ALLUSERS: Program Files and HKLM). An installer with the desktop application (build.sh's full mode; CI packs
# the CLI alone): its start-menu entry, its Dutch catalogues next to it, and the installed herstelspiegel.exe
# starts under Wine on Xvfb showing the user's database in Dutch, its texts on its picture (screen_check.py).
# Run by build.sh's installer-test step (CI).
#
# With a second installer built with -DTEST_AS_USER (one that takes the account for an ordinary user's, which
# Wine's never is): /S /ALLUSERS is refused with ERROR_ELEVATION_REQUIRED and installs nothing.
#
#   test_installer.sh <Herstelspiegel-Setup-version.exe> [<the same built with -DTEST_AS_USER>]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
setup="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
version="$(basename "$setup" .exe)"; version="${version#Herstelspiegel-Setup-}"
wine=/usr/lib/wine/wine64
command -v wine64 >/dev/null && wine="$(command -v wine64)"
server="$(dirname "$wine")/wineserver"
[ -x "$server" ] || server="$(command -v wineserver || echo /usr/lib/wine/wineserver64)"
[ -x "$wine" ] || { echo "test_installer.sh: wine64 is not installed" >&2; exit 1; }

tmp="$(mktemp -d)"
export WINEPREFIX="$tmp/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY # headless: the silent installer and the CLI show no window
cleanup() { "$server" -k 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "test_installer.sh: FAILED: $*" >&2; exit 1; }
step() { echo "--- $*" >&2; }

"$wine" wineboot --init >/dev/null 2>&1 || true
"$server" -w
win_var() { "$wine" cmd /c echo "%$1%" 2>/dev/null | tr -d '\r'; }
unix_path() { "$wine" winepath -u "$1" 2>/dev/null | tr -d '\r'; }
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Herstelspiegel'
reg_value() { # reg_value <name>: the value of the uninstall entry $key, "" when absent
    "$wine" reg query "$key" /v "$1" 2>/dev/null | tr -d '\r' | sed -n "s/^ *$1 *REG_[A-Z_]* *//p"
}
uninstall() { # runs the entry's QuietUninstallString as Windows would, and waits for it
    local quiet uninstaller options
    quiet="$(reg_value QuietUninstallString)"
    [[ "$quiet" == *Uninstall.exe*/S ]] || fail "QuietUninstallString is '$quiet'"
    step "silent uninstall: $quiet"
    uninstaller="${quiet#\"}"; uninstaller="${uninstaller%%\"*}" # "C:\...\Uninstall.exe" /S: the program, its options
    read -r -a options <<<"${quiet##*\"}"
    "$wine" "$uninstaller" "${options[@]}"
    "$server" -w # the uninstaller runs on from a copy in the temporary folder
}

step "silent install for the current user: $(basename "$setup") /S"
"$wine" "$setup" /S
"$server" -w
installed="$(unix_path "$(win_var LOCALAPPDATA)\\Programs\\Herstelspiegel")"
data="$(unix_path "$(win_var APPDATA)\\Herstelspiegel")"
menu="$(unix_path "$(win_var APPDATA)\\Microsoft\\Windows\\Start Menu\\Programs")"
[ -f "$installed/herstelspiegel-cli.exe" ] || fail "no herstelspiegel-cli.exe in $installed"
[ -f "$installed/Uninstall.exe" ] || fail "no uninstaller in $installed"
[ -f "$installed/LICENSE" ] && [ -f "$installed/docs/guide/nl/index.html" ] || fail "licence or user guide missing"
ls "$menu"/Herstelspiegel*.lnk >/dev/null 2>&1 || fail "no start-menu entry in $menu"

step "the programs list: the uninstall entry"
[ "$(reg_value DisplayName)" = "Herstelspiegel" ] || fail "DisplayName is '$(reg_value DisplayName)'"
[ "$(reg_value DisplayVersion)" = "$version" ] || fail "DisplayVersion is '$(reg_value DisplayVersion)', not $version"
[ -n "$(reg_value Publisher)" ] || fail "no Publisher"
[[ "$(reg_value DisplayIcon)" == *herstelspiegel*.exe,0 ]] || fail "DisplayIcon is '$(reg_value DisplayIcon)'"
[ "$(reg_value NoModify)" = 0x1 ] || fail "NoModify is '$(reg_value NoModify)'"
size="$(reg_value EstimatedSize)"
[ -n "$size" ] && [ $((size)) -gt 1000 ] || fail "EstimatedSize is '$size' (KB)"

step "the installed command-line program"
cd "$tmp"
cli() { "$wine" "$installed/herstelspiegel-cli.exe" "$@"; }
[ "$(cli --version | tr -d '\r')" = "herstelspiegel-cli $version" ] || fail "--version says '$(cli --version)'"
cli demo --teams 3 --rounds 2 --seed 7 # the default database: %APPDATA%\Herstelspiegel\herstelspiegel.db
cli export-trend --team "FACT Noord" --out trend.xlsx
[ "$(head -c 2 trend.xlsx)" = PK ] || fail "no trend workbook"
[ "$(head -c 15 "$data/herstelspiegel.db")" = "SQLite format 3" ] || fail "no database in $data"

if [ -f "$installed/herstelspiegel.exe" ]; then
    step "the installed desktop application"
    [ -f "$menu/Herstelspiegel.lnk" ] || fail "no start-menu entry for the desktop application in $menu"
    for mo in herstelspiegel wxstd-3.2; do
        [ -f "$installed/locale/nl/LC_MESSAGES/$mo.mo" ] || fail "no Dutch catalogue $mo.mo next to the program"
    done
    for tool in xvfb-run openbox python3; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done
    # Started from drive C: as the start menu would: the build folder's catalogue, compiled in as a fallback
    # (/work/.../locale), then means C:\work\..., which is not there, so Dutch texts prove the installed catalogue
    # is found next to the program. The default database is the one the CLI filled above.
    (
        cd "$WINEPREFIX/drive_c"
        export HS_GUI="$installed/herstelspiegel.exe" HS_WINE="$wine"
        bash "$here/on_desktop.sh" '"$HS_WINE" "$HS_GUI" --describe "C:\\gui-labels.txt" --screenshot "C:\\gui.png"'
    ) || fail "the installed herstelspiegel.exe ended with an error"
    "$server" -w
    labels="$WINEPREFIX/drive_c/gui-labels.txt"
    [ -s "$labels" ] || fail "the installed desktop application wrote no labels (--describe)"
    grep -qP '^button\t[0-9 ]+\tenabled\tInvullen' "$labels" || fail "the installed program is not in Dutch: $(cat "$labels")"
    grep -qP '^row\tFACT Noord\t' "$labels" || fail "the installed program does not list the default database's teams"
    python3 "$here/screen_check.py" check "$WINEPREFIX/drive_c/gui.png" "$labels" window ||
        fail "the installed program's window lacks its texts"
fi
sum_before="$(sha256sum "$data/herstelspiegel.db" | cut -d' ' -f1)"

uninstall
[ ! -e "$installed/herstelspiegel-cli.exe" ] && [ ! -e "$installed/Uninstall.exe" ] || fail "the program is still in $installed"
[ ! -d "$installed" ] || fail "the program folder $installed is still there"
! ls "$menu"/Herstelspiegel*.lnk >/dev/null 2>&1 || fail "a start-menu entry is still there"
[ -z "$(reg_value DisplayName)" ] || fail "the uninstall entry is still in the programs list"
[ "$(sha256sum "$data/herstelspiegel.db" | cut -d' ' -f1)" = "$sum_before" ] || fail "the database was not kept as it was"

if [ -n "${2:-}" ]; then
    step "for all users as an ordinary user: /S /ALLUSERS is refused"
    rc=0
    "$wine" "$2" /S /ALLUSERS || rc=$?
    "$server" -w
    [ "$rc" -eq $((740 % 256)) ] || fail "/ALLUSERS without administrator rights ended with $rc, not 740 (ERROR_ELEVATION_REQUIRED)"
    [ ! -e "$(unix_path "$(win_var ProgramW6432)\\Herstelspiegel")" ] || fail "the refused installer installed into Program Files"
    [ ! -e "$installed" ] || fail "the refused installer installed for the user"
    ! "$wine" reg query "${key/HKCU/HKLM}" >/dev/null 2>&1 || fail "the refused installer wrote an entry in HKLM"
fi

step "for all users (IT): /S /ALLUSERS into Program Files, the entry in HKLM"
"$wine" "$setup" /S /ALLUSERS
"$server" -w
everyone="$(unix_path "$(win_var ProgramW6432)\\Herstelspiegel")"
[ -f "$everyone/herstelspiegel-cli.exe" ] || fail "no herstelspiegel-cli.exe in $everyone"
[ -z "$(reg_value DisplayName)" ] || fail "an all-users install wrote the user's own entry"
key="${key/HKCU/HKLM}"
[ "$(reg_value DisplayVersion)" = "$version" ] || fail "no all-users entry in $key"
[[ "$(reg_value QuietUninstallString)" == *"/ALLUSERS /S" ]] || fail "the all-users uninstall lacks /ALLUSERS"
uninstall
[ ! -d "$everyone" ] || fail "the program folder $everyone is still there"
[ -z "$(reg_value DisplayName)" ] || fail "the all-users entry is still in the programs list"
step "installer test passed: installed for the user and for all users, used, uninstalled; the database kept"
