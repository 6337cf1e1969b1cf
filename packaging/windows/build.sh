#!/bin/bash
# The Windows cross-build from a fresh Debian 12 machine, in one command: installs MinGW-w64 and the tools,
# takes every C/C++ dependency from Debian's own source packages (apt-get source), builds them as static
# libraries for x86_64-w64-mingw32 into one fixed prefix (reused: a dependency already there is skipped), then
# cross-builds the CLI and the desktop application with packaging/windows/mingw-w64-x86_64.cmake and packs them
# into the installer, build-windows/Herstelspiegel-Setup-<version>.exe (NSIS, packaging/windows/installer.nsi);
# the desktop application and the installer are tested under Wine on the way (gui-test, installer-test).
#
#   packaging/windows/build.sh              # all of that, as root (or with sudo on the PATH for apt-get)
#   packaging/windows/build.sh deps tests   # only the steps named: tools deps cli tests smoke wx gui gui-test
#                                           # installer installer-test
#
# Environment: HS_WIN_PREFIX (default ~/.cache/herstelspiegel-win/prefix), HS_WIN_WORK (sources and build trees,
# default ~/.cache/herstelspiegel-win), HS_WIN_BUILD (the project's build dir, default build-windows), JOBS (2),
# HS_WIN_SKIP_APT=1 to skip the apt-get steps on a machine that has them already, HS_WIN_SKIP_WINE=1 to skip
# the smoke test under Wine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$here/../.." && pwd)"
work="${HS_WIN_WORK:-$HOME/.cache/herstelspiegel-win}"
prefix="${HS_WIN_PREFIX:-$work/prefix}"
build_dir="${HS_WIN_BUILD:-$project/build-windows}"
jobs="${JOBS:-2}"
host=x86_64-w64-mingw32
toolchain="$here/mingw-w64-x86_64.cmake"
export HS_WIN_PREFIX="$prefix"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        die "needs root for: $* (run as root or install sudo)"; fi
}

# --- 1. Tools and Debian's source packages -------------------------------------------------------------------
install_tools() {
    [ "${HS_WIN_SKIP_APT:-0}" = 1 ] && return
    local sources=/etc/apt/sources.list.d/herstelspiegel-deb-src.sources
    if ! apt-get source --print-uris zlib >/dev/null 2>&1; then
        log "enabling Debian's source packages in $sources"
        local codename
        codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")"
        as_root tee "$sources" >/dev/null <<EOF
# Written by herstelspiegel packaging/windows/build.sh: Debian's source packages for the Windows cross-build.
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $codename $codename-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
        as_root apt-get update -q
    fi
    # Boost, CLI11 (and Catch2 for the tests) are header-only: their Debian headers are copied into the prefix.
    # tclsh generates SQLite's amalgamation; gettext's msgfmt compiles the Dutch catalogue.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends --no-upgrade \
        g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64 \
        dpkg-dev cmake ninja-build make gcc tcl pkg-config gettext xz-utils \
        libboost-dev libcli11-dev catch2 wine64 fonts-wine nsis xvfb xauth openbox
}

# fetch <source package>: unpacks Debian's source (with Debian's patches applied) under $work/src, once.
fetch() {
    local pkg="$1"
    mkdir -p "$work/src"
    local dir
    dir="$(find "$work/src" -maxdepth 1 -type d -name "$pkg-[0-9]*" | head -n1)"
    if [ -z "$dir" ]; then
        if ! (cd "$work/src" && apt-get source -q "$pkg" >&2); then
            # A mirror without the package's Debian diff (seen for pixman's .diff.gz): apt-get has still
            # fetched and checked the upstream tarball Debian's package is built from; use that, and say so.
            local orig
            orig="$(find "$work/src" -maxdepth 1 -name "${pkg}_*.orig.tar.*" | head -n1)"
            [ -n "$orig" ] || die "apt-get source $pkg failed"
            log "$pkg: Debian's patches could not be fetched; building the upstream source $(basename "$orig")"
            tar -xf "$orig" -C "$work/src"
        fi
        dir="$(find "$work/src" -maxdepth 1 -type d -name "$pkg-[0-9]*" | head -n1)"
    fi
    [ -n "$dir" ] || die "apt-get source $pkg left no source tree in $work/src"
    echo "$dir"
}

# built <name>: true when the prefix already holds it (a stamp written after a successful install).
built() { [ -f "$prefix/.stamps/$1" ]; }
stamp() { mkdir -p "$prefix/.stamps"; date -u +%FT%TZ >"$prefix/.stamps/$1"; }

# timed <name> <function>: builds one dependency unless present, and says how long it took.
timed() {
    local name="$1" fn="$2"
    if built "$name"; then log "$name: already in $prefix"; return; fi
    log "$name: building"
    local start=$SECONDS
    "$fn"
    stamp "$name"
    log "$name: built in $((SECONDS - start)) s"
    echo "$name $((SECONDS - start))s" >>"$work/timings.txt"
}

cmake_dep() { # cmake_dep <source dir> <build dir> [cmake args...]: a CMake project, static, into the prefix
    local src="$1" bld="$2"; shift 2
    cmake -S "$src" -B "$bld" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DHS_WIN_PREFIX="$prefix" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF "$@"
    cmake --build "$bld" -j "$jobs"
    cmake --install "$bld"
}

# --- 2. The dependencies, static, for x86_64-w64-mingw32 ------------------------------------------------------
build_zlib() {
    local src; src="$(fetch zlib)"
    # Debian's zlib source leaves out win32/ and zlib's configure refuses MinGW: its fifteen C files are
    # compiled directly.
    local obj="$work/build/zlib"
    rm -rf "$obj"; mkdir -p "$obj" "$prefix/include" "$prefix/lib"
    local f
    for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback inffast inflate inftrees trees \
             uncompr zutil; do
        "$host-gcc-posix" -O2 -D_LARGEFILE64_SOURCE=1 -c "$src/$f.c" -o "$obj/$f.o"
    done
    rm -f "$prefix/lib/libz.a"
    "$host-ar" rcs "$prefix/lib/libz.a" "$obj"/*.o
    cp "$src/zlib.h" "$src/zconf.h" "$prefix/include/"
    mkdir -p "$prefix/lib/pkgconfig"
    cat >"$prefix/lib/pkgconfig/zlib.pc" <<EOF
prefix=$prefix
Name: zlib
Description: zlib compression library
Version: $(sed -n 's/^#define ZLIB_VERSION "\(.*\)"/\1/p' "$src/zlib.h")
Libs: -L\${prefix}/lib -lz
Cflags: -I\${prefix}/include
EOF
}

build_sqlite3() {
    local src; src="$(fetch sqlite3)"
    # The amalgamation (sqlite3.c) is generated on the build machine with its own compiler and tclsh, then
    # compiled once for Windows: the same source Debian's library is built from.
    local gen="$work/build/sqlite3-amalgamation"
    mkdir -p "$gen"
    if [ ! -f "$gen/sqlite3.c" ]; then
        (cd "$gen" && "$src/configure" --disable-tcl >/dev/null && make -j "$jobs" sqlite3.c >/dev/null)
    fi
    local obj="$work/build/sqlite3-win"
    mkdir -p "$obj" "$prefix/include" "$prefix/lib/pkgconfig"
    "$host-gcc-posix" -O2 -c "$gen/sqlite3.c" -o "$obj/sqlite3.o" -DSQLITE_THREADSAFE=1 \
        -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_UNLOCK_NOTIFY \
        -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_SECURE_DELETE -DSQLITE_MAX_VARIABLE_NUMBER=250000
    rm -f "$prefix/lib/libsqlite3.a"
    "$host-ar" rcs "$prefix/lib/libsqlite3.a" "$obj/sqlite3.o"
    cp "$gen/sqlite3.h" "$src/src/sqlite3ext.h" "$prefix/include/" 2>/dev/null || cp "$gen/sqlite3.h" "$prefix/include/"
    cat >"$prefix/lib/pkgconfig/sqlite3.pc" <<EOF
prefix=$prefix
Name: SQLite
Description: SQL database engine
Version: $(cat "$src/VERSION")
Libs: -L\${prefix}/lib -lsqlite3
Cflags: -I\${prefix}/include
EOF
}

build_expat() {
    local src; src="$(fetch expat)"
    [ -f "$src/CMakeLists.txt" ] || src="$src/expat"
    local bld="$work/build/expat"
    cmake -S "$src" -B "$bld" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DHS_WIN_PREFIX="$prefix" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF \
        -DEXPAT_SHARED_LIBS=OFF -DEXPAT_BUILD_TOOLS=OFF -DEXPAT_BUILD_EXAMPLES=OFF -DEXPAT_BUILD_TESTS=OFF \
        -DEXPAT_BUILD_DOCS=OFF -DEXPAT_MSVC_STATIC_CRT=OFF
    # Debian's security patches test "#if XML_DTD == 1" (true in its autotools build), but expat's CMake
    # writes a bare "#define XML_DTD": give the macro its value.
    sed -i 's/^#define XML_DTD *$/#define XML_DTD 1/; s/^#define XML_NS *$/#define XML_NS 1/' "$bld/expat_config.h"
    cmake --build "$bld" -j "$jobs"
    cmake --install "$bld"
}

build_xlsxwriter() {
    local src; src="$(fetch libxlsxwriter)"
    # Its own tmpfileplus stays (the default): it writes to the user's temporary folder, where Windows' tmpfile()
    # would try the root of the drive, which an ordinary account may not write.
    cmake_dep "$src" "$work/build/libxlsxwriter" -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF -DZLIB_ROOT="$prefix"
}

build_soci() {
    local src; src="$(fetch soci)"
    # SQLite back end only: the PostgreSQL server mode is not part of the Windows build (HS_WITH_POSTGRESQL).
    cmake_dep "$src" "$work/build/soci" -DSOCI_SHARED=OFF -DSOCI_STATIC=ON -DSOCI_TESTS=OFF -DSOCI_CXX11=ON \
        -DWITH_BOOST=OFF -DWITH_SQLITE3=ON -DWITH_POSTGRESQL=OFF -DWITH_MYSQL=OFF -DWITH_ODBC=OFF \
        -DWITH_ORACLE=OFF -DWITH_FIREBIRD=OFF -DWITH_DB2=OFF -DWITH_VALGRIND=OFF \
        -DSQLITE3_INCLUDE_DIR="$prefix/include" -DSQLITE3_LIBRARY="$prefix/lib/libsqlite3.a"
}

build_libpng() { # for cairo's PNG output and wxWidgets' images (the screenshots)
    local src; src="$(fetch libpng1.6)"
    cmake_dep "$src" "$work/build/libpng" -DPNG_SHARED=OFF -DPNG_STATIC=ON -DPNG_TESTS=OFF -DPNG_EXECUTABLES=OFF \
        -DZLIB_ROOT="$prefix" -DZLIB_LIBRARY="$prefix/lib/libz.a" -DZLIB_INCLUDE_DIR="$prefix/include"
    static_pc libpng16
}

build_freetype() { # the PDF wing's glyph outlines; only zlib (for compressed fonts) of its optional helpers
    local src; src="$(fetch freetype)"
    cmake_dep "$src" "$work/build/freetype" -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON -DFT_DISABLE_BZIP2=ON \
        -DFT_DISABLE_PNG=ON -DFT_REQUIRE_ZLIB=ON -DZLIB_ROOT="$prefix" -DZLIB_LIBRARY="$prefix/lib/libz.a" \
        -DZLIB_INCLUDE_DIR="$prefix/include"
    static_pc freetype2
}

# autotools_dep <source dir> <build dir> [configure args...]: configures for the host, static, into the prefix.
autotools_dep() {
    local src="$1" bld="$2"; shift 2
    rm -rf "$bld"; mkdir -p "$bld"
    (cd "$bld" && "$src/configure" --host="$host" --build="$(gcc -dumpmachine)" --prefix="$prefix" \
        --enable-static --disable-shared CC="$host-gcc-posix" CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib" \
        PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig" PKG_CONFIG_PATH= "$@" >"$bld/configure.log") ||
        { tail -n 30 "$bld/config.log" >&2; die "configure failed in $bld (see $bld/config.log)"; }
}

build_pixman() { # cairo's rasteriser; only its library (not its tests)
    local src; src="$(fetch pixman)"
    local bld="$work/build/pixman"
    autotools_dep "$src" "$bld" --disable-gtk --disable-libpng --disable-openmp
    make -C "$bld/pixman" -j "$jobs" install >/dev/null
    make -C "$bld" install-pkgconfigDATA >/dev/null
    static_pc pixman-1
}

build_cairo() { # PDF and PNG surfaces with FreeType fonts; no fontconfig, no Windows fonts (reports embed theirs)
    local src; src="$(fetch cairo)"
    local bld="$work/build/cairo"
    # Debian's patches touch configure.ac and Makefile.am only for its shared library, perf tools and the
    # maintainer mode; its C fixes are what matter here. Keep the shipped configure and Makefile.in current so
    # make does not try to run automake 1.15.
    find "$src" \( -name aclocal.m4 -o -name configure -o -name Makefile.in -o -name config.h.in \) \
        -exec touch -d "@$(date +%s)" {} +
    autotools_dep "$src" "$bld" --enable-ft --disable-fc --enable-pdf --enable-png --enable-ps=no --enable-svg=no \
        --disable-win32 --disable-win32-font --disable-xlib --disable-xcb --disable-quartz --disable-gobject \
        --disable-script --disable-interpreter --disable-trace --disable-full-testing --disable-gtk-doc
    # The library, its headers and cairo.pc live under src/; the tests and tools are not needed.
    make -C "$bld/src" -j "$jobs" install >/dev/null
    static_pc cairo
    # cairo's configure compiles with _FORTIFY_SOURCE=2, whose checked functions MinGW keeps in libssp.
    sed -i 's/^Libs: \(.*\)$/Libs: \1 -lssp/' "$prefix/lib/pkgconfig/cairo.pc"
}

# static_pc <name>...: the prefix holds static libraries only, so what a .pc file calls private (needed only
# when linking statically) is needed always: folded into Requires and Libs, so a plain pkg-config query (CMake's
# pkg_check_modules) links everything.
static_pc() {
    local name pc
    for name in "$@"; do
        pc="$prefix/lib/pkgconfig/$name.pc"
        [ -f "$pc" ] || die "$pc is missing"
        python3 - "$pc" <<'PY'
import re, sys
path = sys.argv[1]
fields, lines = {}, []
for line in open(path, encoding="utf-8").read().splitlines():
    m = re.match(r"^(Requires|Libs)(\.private)?:\s*(.*)$", line)
    if m:
        fields.setdefault(m.group(1), []).append(m.group(3).strip())
    else:
        lines.append(line)
for key in ("Requires", "Libs"):
    if key in fields:
        lines.append(key + ": " + " ".join(v for v in fields[key] if v))
open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
    done
}

build_wxwidgets() { # the msw port, static; the longest step (about half an hour on two cores)
    local src; src="$(fetch wxwidgets3.2)"
    # Debian's source leaves out wxWidgets' own copies of zlib, libpng, libjpeg, libtiff and expat: zlib and
    # libpng come from the prefix; the rest is switched off, as are the libraries the application does not use
    # (src/gui needs base, core, adv and html: no sockets, XRC, STC, ribbon, rich text, property grid, AUI,
    # web view, media or OpenGL), and so are the controls and frameworks src/gui does not use (document/view,
    # MDI, help, calendar, data view, tree books, splitter, ...), which keeps this step within reach of two
    # shared cores. A control added to the GUI later may need its switch here removed. -O1 instead of wxWidgets'
    # -O2: a thin layer over Win32 loses nothing noticeable, and its 450 files compile markedly faster.
    local bld="$work/build/wxwidgets"
    rm -rf "$bld"; mkdir -p "$bld"
    local cc="$host-gcc-posix" cxx="$host-g++-posix"
    if command -v ccache >/dev/null; then cc="ccache $cc"; cxx="ccache $cxx"; fi
    (cd "$bld" && "$src/configure" --host="$host" --build="$(gcc -dumpmachine)" --prefix="$prefix" \
        CC="$cc" CXX="$cxx" CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib" CFLAGS=-O1 CXXFLAGS=-O1 \
        --with-msw --disable-shared --enable-unicode --disable-debug_info \
        --with-libpng=sys --with-zlib=sys --without-libjpeg --without-libtiff --without-liblzma --without-expat \
        --without-libcurl --without-opengl --disable-xrc --disable-stc --disable-ribbon --disable-richtext \
        --disable-propgrid --disable-aui --disable-webview --disable-mediactrl --disable-sockets \
        --disable-sound --disable-docview --disable-mdi --disable-help --disable-htmlhelp --disable-postscript \
        --disable-svg --disable-webrequest --disable-secretstore --disable-dataviewctrl --disable-treelist \
        --disable-calendar --disable-datepick --disable-timepick --disable-hyperlink --disable-infobar \
        --disable-taskbaricon --disable-notifmsg --disable-animatectrl --disable-splash --disable-colourpicker \
        --disable-fontpicker --disable-collpane --disable-bmpcombobox --disable-odcombobox --disable-richtooltip \
        --disable-bannerwindow --disable-commandlinkbutton --disable-treebook --disable-listbook \
        --disable-choicebook --disable-toolbook --disable-splitter --disable-sash --disable-finddlg \
        --disable-tipwindow --disable-tipdlg --disable-uiactionsim --disable-dragimage --disable-joystick \
        --disable-fswatcher --disable-rearrangectrl --disable-editablebox --disable-actindicator \
        --disable-addremovectrl --disable-richmsgdlg --disable-prefseditor --disable-pcx --disable-iff \
        --disable-pnm --disable-tga >"$bld/configure.log" ||
        { tail -n 30 "$bld/config.log" >&2; die "wxWidgets' configure failed (see $bld/config.log)"; })
    make -C "$bld" -j "$jobs" >"$bld/make.log" 2>&1 || { tail -n 40 "$bld/make.log" >&2; die "wxWidgets failed to build"; }
    make -C "$bld" install >/dev/null
}

build_headers() { # the header-only libraries, from the Debian packages installed above
    mkdir -p "$prefix/include" "$prefix/lib/cmake"
    rm -rf "$prefix/include/boost" "$prefix/include/CLI" "$prefix/include/catch2"
    cp -a /usr/include/boost /usr/include/CLI "$prefix/include/"
    [ -d /usr/include/catch2 ] && cp -a /usr/include/catch2 "$prefix/include/"
    # CLI11's CMake package, pointing at the prefix's copy of its headers.
    mkdir -p "$prefix/lib/cmake/CLI11"
    cat >"$prefix/lib/cmake/CLI11/CLI11Config.cmake" <<EOF
# Written by packaging/windows/build.sh: CLI11 (header-only) from Debian's libcli11-dev, copied into the prefix.
if(NOT TARGET CLI11::CLI11)
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  set_target_properties(CLI11::CLI11 PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "$prefix/include")
endif()
set(CLI11_FOUND TRUE)
EOF
}

build_catch2() { # Catch2 2.13 for the tests: Debian's CMake package and headers, its main compiled for Windows
    [ -d /usr/lib/cmake/Catch2 ] || die "catch2 is not installed (apt-get install catch2)"
    rm -rf "$prefix/lib/cmake/Catch2"
    cp -a /usr/lib/cmake/Catch2 "$prefix/lib/cmake/" # its paths are relative to where it lies: the prefix
    local obj="$work/build/catch2"
    mkdir -p "$obj"
    printf '#define CATCH_CONFIG_MAIN\n#include <catch2/catch.hpp>\n' >"$obj/catch_with_main.cpp"
    "$host-g++-posix" -std=c++17 -O2 -I"$prefix/include" -c "$obj/catch_with_main.cpp" -o "$obj/catch_with_main.o"
    rm -f "$prefix/lib/libCatch2WithMain.a"
    "$host-ar" rcs "$prefix/lib/libCatch2WithMain.a" "$obj/catch_with_main.o"
}

# --- 3. The project: core and CLI, and their tests ----------------------------------------------------------
# configure_and_build <ON|OFF: the tests> <ON|OFF: the GUI> <targets...>
configure_and_build() {
    local tests="$1" gui="$2"; shift 2
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    cmake -S "$project" -B "$build_dir" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DHS_WIN_PREFIX="$prefix" \
        -DCMAKE_BUILD_TYPE=Release -DHS_BUILD_GUI="$gui" -DHS_BUILD_TESTS="$tests" "${launcher[@]}"
    cmake --build "$build_dir" -j "$jobs" --target "$@"
}

build_project() {
    log "herstelspiegel: core and CLI in $build_dir"
    local start=$SECONDS
    configure_and_build OFF OFF herstelspiegel-cli
    log "herstelspiegel: built $build_dir/src/cli/herstelspiegel-cli.exe in $((SECONDS - start)) s"
}

# The desktop application, herstelspiegel.exe, against the msw port of the wx step.
build_gui() {
    built wxwidgets || die "the GUI needs wxWidgets for Windows first: build.sh wx"
    log "herstelspiegel: the desktop application in $build_dir"
    local start=$SECONDS
    configure_and_build OFF ON herstelspiegel herstelspiegel-cli
    log "herstelspiegel: built $build_dir/src/gui/herstelspiegel.exe in $((SECONDS - start)) s"
}

# The desktop application under Wine on a headless desktop: its main window, saved as a picture to look at.
test_gui() {
    [ -f "$build_dir/src/gui/herstelspiegel.exe" ] || build_gui
    bash "$here/test_gui.sh" "$build_dir/src/gui/herstelspiegel.exe" "$build_dir/src/cli/herstelspiegel-cli.exe" \
        "$build_dir/main-window-under-wine.png"
}

# The core's and the CLI's tests, built for Windows and run under Wine (CI runs this step).
build_and_run_tests() {
    log "herstelspiegel: the core and CLI tests in $build_dir, run under Wine"
    local start=$SECONDS
    configure_and_build ON OFF herstelspiegel-cli core_tests
    # The suites that run natively, but for those needing what a Windows machine lacks: a PostgreSQL server
    # (tests/postgres) and the Python/LibreOffice/poppler read-backs of tests/export and tests/report, which
    # check the same files the Linux build writes.
    HS_WIN_WINEPREFIX="$work/wineprefix" ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" --timeout 300 \
        -R '^(core|cli):'
    log "herstelspiegel: Windows tests built and passed in $((SECONDS - start)) s"
}

# --- 4. A smoke test under Wine: the program starts, fills a demo database and writes a trend workbook ---------
smoke_test() {
    local wine=/usr/lib/wine/wine64
    command -v wine64 >/dev/null && wine="$(command -v wine64)"
    if [ "${HS_WIN_SKIP_WINE:-0}" = 1 ] || [ ! -x "$wine" ]; then log "no smoke test under Wine (skipped, or wine64 not installed)"; return; fi
    local exe="$build_dir/src/cli/herstelspiegel-cli.exe" tmp
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' RETURN
    log "smoke test under Wine in $tmp"
    (
        export WINEPREFIX="$tmp/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
        cd "$tmp"
        "$wine" "$exe" --version
        "$wine" "$exe" --db demo.db demo --teams 3 --rounds 2 --seed 7
        "$wine" "$exe" --db demo.db export-trend --team "FACT Noord" --out trend.xlsx
        [ -s trend.xlsx ] || die "the trend workbook was not written"
        # A folder the Western code page cannot spell (the staging route of AtomicFile::narrow_temp_path) at the
        # end of a path over 260 characters. Wine has no such limit, so this shows the way through the program,
        # not Windows' own limit (which the manifest's longPathAware lifts where the organisation allows it).
        local deep="diep" i
        for i in 1 2 3 4 5 6 7 8 9; do deep="$deep/map-met-een-lange-naam-$i-Cliënten"; done
        deep="$deep/Cliënten Ωmega"
        mkdir -p "$deep"
        "$wine" "$exe" --db demo.db export-trend --team "FACT Noord" --out "$deep/trend.xlsx"
        [ "$(head -c 2 "$deep/trend.xlsx")" = PK ] || die "no workbook in a long folder named outside the code page"
        # The PDF wing: cairo, FreeType and the fonts compiled into the program.
        "$wine" "$exe" --db demo.db report --team "FACT Noord" --round 2026-voorjaar --out report.pdf
        "$wine" "$exe" paper-form --out form.pdf
        head -c 5 report.pdf | grep -q '%PDF-' || die "the coaching report was not written"
        head -c 5 form.pdf | grep -q '%PDF-' || die "the paper form was not written"
        # Wine's server outlives the program for a moment: let it finish before its prefix is removed.
        local server="$(dirname "$wine")/wineserver"
        [ -x "$server" ] || server="$(command -v wineserver || echo /usr/lib/wine/wineserver64)"
        "$server" -w || true
    )
    log "smoke test passed"
}

# --- 5. The installer (NSIS): the programs built above, with or without the desktop application --------------
build_installer() {
    local cli="$build_dir/src/cli/herstelspiegel-cli.exe" gui="$build_dir/src/gui/herstelspiegel.exe"
    # Up to date with the sources, in the build folder's configuration as it is (with or without the GUI).
    if [ -f "$build_dir/build.ninja" ]; then cmake --build "$build_dir" -j "$jobs" --target herstelspiegel-cli; else build_project; fi
    local stage="$build_dir/installer-stage" nsis_args=()
    rm -rf "$stage"; mkdir -p "$stage/docs" "$stage/examples"
    cp "$cli" "$stage/"
    if [ -f "$gui" ] && built wxwidgets; then
        log "installer: with the desktop application"
        cp "$gui" "$stage/"
        nsis_args+=(-DWITH_GUI)
        # Its Dutch catalogue, and wxWidgets' own (buttons, standard dialogs), in locale\ next to the program.
        mkdir -p "$stage/locale/nl/LC_MESSAGES"
        msgfmt --check -o "$stage/locale/nl/LC_MESSAGES/herstelspiegel.mo" "$project/src/gui/po/nl.po"
        msgfmt -o "$stage/locale/nl/LC_MESSAGES/wxstd-3.2.mo" "$(fetch wxwidgets3.2)/locale/nl.po"
    else
        log "installer: command-line program only (no desktop application built: build.sh wx gui)"
    fi
    sed 's/$/\r/' "$project/LICENSE" >"$stage/LICENSE" # Notepad of older Windows wants CRLF
    cp -r "$project/docs/guide" "$stage/docs/"
    cp -r "$project/questionnaires" "$project/reports" "$stage/examples/"
    python3 "$here/make_ico.py" "$stage/herstelspiegel.ico" "$project"/data/icons/png/herstelspiegel-*.png
    local version
    version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")"
    [ -n "$version" ] || die "no project version in $build_dir/CMakeCache.txt"
    setup="$build_dir/Herstelspiegel-Setup-$version.exe"
    nsis_defines=(-DVERSION="$version" -DSTAGE="$stage" -DICON="$stage/herstelspiegel.ico" "${nsis_args[@]}")
    makensis -V2 -INPUTCHARSET UTF8 "${nsis_defines[@]}" -DOUTFILE="$setup" "$here/installer.nsi"
    log "installer: $setup ($(du -h "$setup" | cut -f1))"
}

# The installer under Wine: a silent install as an ordinary user, the installed CLI, a silent uninstall.
test_installer() {
    [ -n "${setup:-}" ] || build_installer
    local start=$SECONDS
    # A copy that takes the account for an ordinary user's (under Wine every account is an administrator), for
    # the refusal of /ALLUSERS.
    local as_user="$build_dir/Herstelspiegel-Setup-test-as-user.exe"
    makensis -V2 -INPUTCHARSET UTF8 "${nsis_defines[@]}" -DTEST_AS_USER \
        -DOUTFILE="$as_user" "$here/installer.nsi"
    bash "$here/test_installer.sh" "$setup" "$as_user"
    log "installer test under Wine passed in $((SECONDS - start)) s"
}

# --- Steps: all of them by default, or only those named on the command line --------------------------------------
deps() {
    mkdir -p "$prefix" "$work/build"
    timed headers build_headers
    timed catch2 build_catch2
    timed zlib build_zlib
    timed sqlite3 build_sqlite3
    timed expat build_expat
    timed libxlsxwriter build_xlsxwriter
    timed soci build_soci
    timed libpng build_libpng
    timed freetype build_freetype
    timed pixman build_pixman
    timed cairo build_cairo
}

steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(tools deps cli smoke wx gui gui-test installer installer-test)
for step in "${steps[@]}"; do
    case "$step" in
        tools) install_tools ;;
        deps) deps ;;
        cli) build_project ;;
        tests) build_and_run_tests ;;
        smoke) smoke_test ;;
        wx) mkdir -p "$prefix" "$work/build"; timed wxwidgets build_wxwidgets ;;
        gui) build_gui ;;
        gui-test) test_gui ;;
        installer) build_installer ;;
        installer-test) test_installer ;;
        *) die "unknown step '$step' (steps: tools deps cli tests smoke wx gui gui-test installer installer-test)" ;;
    esac
done
