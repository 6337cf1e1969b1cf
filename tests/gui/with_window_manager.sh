#!/usr/bin/env bash
# Runs a command as on a person's desktop: a fresh X display (Xvfb) with a window manager (openbox), so windows
# get focus and keyboard events the way they do for a user; and without the Dutch locale (LANG=C.UTF-8), as on
# many PCs, so the program must not lean on the system's language.
# usage: with_window_manager.sh COMMAND [ARGS...]   (screen size from HS_SCREEN, default 1280x800x24)
set -euo pipefail
exec xvfb-run -a -s "-screen 0 ${HS_SCREEN:-1280x800x24}" bash -c '
  openbox --sm-disable >/dev/null 2>&1 &
  wm=$!
  for _ in $(seq 50); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break; sleep 0.1; done
  LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= "$@"
  rc=$?
  kill "$wm" 2>/dev/null || true
  exit "$rc"' _ "$@"
