#!/usr/bin/env bash
# The Debian package as a user gets it: cpack -G DEB in the build folder, the control fields checked, the package
# unpacked into an empty root (dpkg-deb -x), and the programs run from there with the system's libraries: the
# command-line program (--version, demo, list, export-trend, its PostgreSQL module), the desktop application (--version, and started
# under Xvfb with its Dutch catalogue from the unpacked tree), and the tree validated as AppStream sees it.
set -euo pipefail
build="$1"
version="$2"
work="$3"
rm -rf "$work"
mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }

# --- build the package ---
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/out/*.deb)
((${#debs[@]} == 1)) && [[ -f "${debs[0]}" ]] || fail "expected one .deb in $work/out: ${debs[*]}"
deb="${debs[0]}"
[[ "$(basename "$deb")" == "herstelspiegel_${version}-1_$(dpkg --print-architecture).deb" ]] || fail "file name $(basename "$deb")"

# --- control fields ---
field() { dpkg-deb --field "$deb" "$1"; }
[[ "$(field Package)" == herstelspiegel ]] || fail "Package: $(field Package)"
[[ "$(field Version)" == "${version}-1" ]] || fail "Version: $(field Version), the project is $version"
[[ "$(field Section)" == misc ]] || fail "Section: $(field Section)"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer: $(field Maintainer)"
[[ "$(field Description | head -n 1)" == *"recovery-supporting care"* ]] || fail "Description: $(field Description | head -n 1)"
(( $(field Description | wc -l) > 3 )) || fail "no long description, or not wrapped"
(( $(field Description | awk '{ print length }' | sort -n | tail -n 1) <= 80 )) || fail "description lines over 80 characters"
depends="$(field Depends)"
# Every shared library the programs need comes from a package that Depends names (dpkg-shlibdeps at work), and
# every package Depends names exists on this Debian.
mkdir -p "$work/root"
dpkg-deb -x "$deb" "$work/root"
root="$work/root"
dependency_names="$(sed 's/([^)]*)//g; s/[|,]/\n/g; s/ //g' <<<"$depends")"
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH)"
# The PostgreSQL module, a private one of the package (loaded when a server database is opened, see below).
module="$(find "$root/usr/lib" -name herstelspiegel-postgresql.so -print -quit)"
[[ -s "$module" ]] || fail "not in the package: herstelspiegel-postgresql.so"
for program in "$root/usr/bin/herstelspiegel" "$root/usr/bin/herstelspiegel-cli" "$module"; do
  for soname in $(objdump -p "$program" | awk '$1 == "NEEDED" { print $2 }'); do
    owner="$( (dpkg -S "*/$multiarch/$soname" 2>/dev/null || true) | head -n 1 | cut -d: -f1)"
    [[ -n "$owner" ]] || fail "$soname: no package owns it"
    grep -qxF "$owner" <<<"$dependency_names" || fail "Depends lacks $owner (for $soname): $depends"
  done
done
# Loaded by name, so shlibdeps cannot see them: wxWidgets' translations, and cairo and FreeType for the PDFs.
for by_name in wx3.2-i18n libcairo2 libfreetype6; do
  grep -qxF "$by_name" <<<"$dependency_names" || fail "Depends lacks $by_name: $depends"
done
# apt can resolve it here, as `apt install ./herstelspiegel_*.deb` in the README does (simulated: nothing changes).
apt-get install --simulate "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt cannot install the package"; }
grep -q "^Inst herstelspiegel " "$work/apt.log" || { cat "$work/apt.log"; fail "apt would not install the package"; }
for dependency in $dependency_names; do
  dpkg-query -W "$dependency" >/dev/null 2>&1 || apt-cache show "$dependency" >/dev/null 2>&1 || fail "Depends names $dependency, unknown here"
done

# --- the files, in the usual places ---
expected=(
  usr/bin/herstelspiegel usr/bin/herstelspiegel-cli
  usr/share/applications/herstelspiegel.desktop
  usr/share/metainfo/nl.herstelspiegel.Herstelspiegel.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/herstelspiegel.svg
  usr/share/locale/nl/LC_MESSAGES/herstelspiegel.mo
  usr/share/herstelspiegel/questionnaires/herstelondersteuning-team.xml
  usr/share/herstelspiegel/reports/team-trend.xml
  usr/share/man/man1/herstelspiegel.1.gz usr/share/man/man1/herstelspiegel-cli.1.gz
  usr/share/man/nl/man1/herstelspiegel.1.gz usr/share/man/nl/man1/herstelspiegel-cli.1.gz
)
for size in 16 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/herstelspiegel.png")
done
for f in "${expected[@]}"; do
  [[ -s "$root/$f" ]] || fail "not in the package: /$f"
done
dpkg-deb --contents "$deb" | grep -v -E '^d' | grep -q ' \./usr/local/' && fail "files under /usr/local"
file "$root/usr/bin/herstelspiegel-cli" | grep -q ", stripped" || fail "the programs are not stripped"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"

# --- the command-line program, installed ---
cli="$root/usr/bin/herstelspiegel-cli"
[[ "$("$cli" --version)" == "herstelspiegel-cli $version" ]] || fail "herstelspiegel-cli --version: $("$cli" --version)"
db="$work/demo.db"
"$cli" --db "$db" demo --teams 2 --rounds 2 >/dev/null
"$cli" --db "$db" list | grep -q "Rounds (2)" || fail "demo data not listed"
team="$("$cli" --db "$db" list | sed -n '/^Teams/{n;s/^  //p;q}')"
[[ -n "$team" ]] || fail "no team in the demo"
"$cli" --db "$db" export-trend --team "$team" --out "$work/trend.xlsx" >/dev/null
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert "xl/workbook.xml" in z.namelist()' "$work/trend.xlsx" \
  || fail "export-trend did not write a workbook"

# The PostgreSQL module is loaded when a server database is opened, not at every start: the program itself does
# not need libpq, and it finds the module beside it (a server that is not there is reported as such), or says
# plainly that the module is missing.
objdump -p "$cli" | grep -q "NEEDED.*libpq" && fail "herstelspiegel-cli loads libpq at every start"
# The module is loaded by its full path: no program carries a run path (an empty entry would be the current folder).
for program in "$root/usr/bin/herstelspiegel" "$cli" "$module"; do
  objdump -p "$program" | grep -qE "R(UN)?PATH" && fail "$(basename "$program") has a run path"
done
# From a copy outside the build folder: a program run from inside it may also take the build's own module.
outside="$(mktemp -d)"
cp -a "$root/usr" "$outside/"
copied_cli="$outside/usr/bin/herstelspiegel-cli"
server_attempt() {
  set +e
  "$copied_cli" --db "postgresql://nobody@127.0.0.1:1/herstelspiegel" list >"$work/pg.out" 2>&1
  code=$?
  set -e
}
server_attempt
((code == 3)) && grep -q "cannot be opened" "$work/pg.out" && ! grep -q "could not be loaded" "$work/pg.out" \
  || { cat "$work/pg.out"; rm -rf "$outside"; fail "an unreachable server: exit $code"; }
# A module of another version, and a library of that name that is no module of ours, are refused by name.
copied_module="$outside${module#"$root"}"
printf 'const char* hs_postgresql_version(void) { return "0.9"; }\nvoid hs_postgresql_open(void) {}\nint hs_postgresql_sqlstate(void) { return 0; }\n' >"$work/old_module.c"
cc -shared -fPIC -o "$copied_module" "$work/old_module.c"
server_attempt
((code == 3)) && grep -q "herstelspiegel-postgresql.so is of version 0.9, the program of $version" "$work/pg.out" \
  || { cat "$work/pg.out"; rm -rf "$outside"; fail "a PostgreSQL module of another version: exit $code"; }
printf 'int something_else(void) { return 1; }\n' >"$work/other_library.c"
cc -shared -fPIC -o "$copied_module" "$work/other_library.c"
server_attempt
((code == 3)) && grep -q "herstelspiegel-postgresql.so: not a Herstelspiegel module" "$work/pg.out" \
  || { cat "$work/pg.out"; rm -rf "$outside"; fail "a library that is no module of ours: exit $code"; }
rm "$copied_module"
server_attempt
rm -rf "$outside"
((code == 3)) && grep -q "could not be loaded (reinstall the program): herstelspiegel-postgresql.so is not there" "$work/pg.out" \
  || { cat "$work/pg.out"; fail "a missing PostgreSQL module: exit $code"; }

# --- the desktop application, installed ---
app="$root/usr/bin/herstelspiegel"
[[ "$(env -u DISPLAY "$app" --version)" == "herstelspiegel $version" ]] || fail "herstelspiegel --version: $("$app" --version)"
help="$(env -u DISPLAY "$app" --help)" || fail "herstelspiegel --help without a display: exit $?"
grep -q "^Usage: herstelspiegel .*--kiosk" <<<"$help" || fail "herstelspiegel --help: $help"
home="$work/home"
mkdir -p "$home"
HOME="$home" XDG_DATA_HOME="" XDG_CONFIG_HOME="" WXTRACE=i18n timeout 60 \
  xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --screenshot "$work/main-window.png" >"$work/gui.log" 2>&1 \
  || { cat "$work/gui.log"; fail "the installed application did not run"; }
file "$work/main-window.png" | grep -q "PNG image data" || fail "the installed application saved no picture of its window"
# wxWidgets reports which catalogue it took: the one in the unpacked tree, not the build's.
grep -q "Using catalog \"$root/usr/bin/../share/locale/nl/LC_MESSAGES/herstelspiegel.mo\"" "$work/gui.log" \
  || { grep -i "catalog" "$work/gui.log" | grep -v "    " ; fail "the installed application did not load its own Dutch catalogue"; }
echo "$(basename "$deb") installs and runs: $depends"
