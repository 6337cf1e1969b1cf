#!/bin/bash
# Runs bash commands on a fresh headless X display (Xvfb, 1280x800, 24 bits) with openbox as its window manager,
# as tests/gui does natively, so that Wine's windows are framed and take the focus as on a desktop. The exit code
# is the commands'. Used by test_gui.sh and test_installer.sh for the desktop application under Wine.
#
#   on_desktop.sh '<bash commands>'     (the environment passes on; at most 4 minutes)
set -euo pipefail
exec timeout 240 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  openbox --sm-disable >/dev/null 2>&1 &
  wm=$!
  sleep 1
  eval "$1"
  rc=$?
  kill "$wm" 2>/dev/null || true
  exit "$rc"' on_desktop "$1"
