#!/usr/bin/env bash
# Makes the README's screenshots under Xvfb with a window manager and without the Dutch locale, from the GUI
# tests: the start page, the main window with demo data, the wizard, the results and the coaching page.
# usage: tests/gui/make_screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
out="$root/tests/gui/screenshots"
mkdir -p "$out"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

"$build/src/cli/herstelspiegel-cli" --db "$home/demo.db" demo --teams 8 --rounds 4 --respondents 9 --seed 4 >/dev/null 2>&1
HOME="$home" bash "$root/tests/gui/with_window_manager.sh" "$build/src/gui/herstelspiegel" --db "$home/demo.db" \
  --screenshot "$out/main-window.png"
HS_SCREEN=1280x900x24 HS_SCREENSHOT_DIR="$out" bash "$root/tests/gui/with_window_manager.sh" "$build/tests/gui/gui_tests" "~[large-font]" >/dev/null
ls -1 "$out"
