#!/usr/bin/env bash
# Installs, from Debian 12's own packages, everything Herstelspiegel needs to build, run and test.
# Safe to run again: packages already present are skipped by apt.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config ninja-build
  libwxgtk3.2-dev wx3.2-i18n libgtk-3-dev gettext  # GUI, its translations and screenshots
  libboost-dev                      # Boost.PropertyTree (header-only)
  libexpat1-dev                     # streaming XML reader of the portable response file
  libcli11-dev                      # command-line parsing
  libxlsxwriter-dev                 # xlsx export
  libsoci-dev libsqlite3-dev libpq-dev  # measurement store (SQLite, or a PostgreSQL server)
  postgresql                        # tests run the store against a throw-away local cluster too
  catch2                            # unit tests
  clang libclang-rt-14-dev          # fuzz targets (libFuzzer, ASan, UBSan; CI only, not in the product)
  xvfb xauth file                   # GUI tests without a display
  openbox x11-utils                 # GUI tests: a window manager (focus, keyboard) and xprop to wait for it
  python3-openpyxl                  # tests read exported workbooks back
  python3-pandas python3-xlsxwriter # the benchmark's Python baselines (import, comparison workbook)
  locales                           # tests generate nl_NL.UTF-8 (localedef) to export under a decimal comma
  libcairo2-dev libfreetype-dev fonts-dejavu-core  # PDF reports (the font is compiled in)
  poppler-utils                     # tests read the PDF reports back
  libreoffice-calc-nogui            # tests open exported workbooks in LibreOffice
  librsvg2-bin                      # renders the application icon's PNG sizes from its SVG
  help2man man-db                   # the manual pages: written from --help, checked by rendering
  desktop-file-utils appstream      # tests validate the desktop entry and the AppStream metainfo
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
