#!/usr/bin/env bash
# Starts the invulstation from the command line, as a shortcut on a waiting-room laptop would
# (`herstelspiegel --kiosk --team T --perspective client`), under Xvfb: it takes the whole screen at once, without
# the main window. A team without an open round for clients is refused with exit 1 and the reason.
set -euo pipefail
app="$1" out="$2" cli="$3" home="$(mktemp -d)"
db="$home/demo.db"
trap 'rm -rf "$home"' EXIT
"$cli" --db "$db" demo >/dev/null
team="$("$cli" --db "$db" list | awk '/^Teams/ { getline; sub(/^ +/, ""); print; exit }')"
test -n "$team" || { echo "the demo has no team"; exit 1; }
rm -f "$out"
HOME="$home" XDG_CONFIG_HOME="" timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$app" --db "$db" --kiosk --team "$team" --perspective client --screenshot "$out"
test -s "$out" || { echo "no screenshot of the station was saved"; exit 1; }
file "$out" | grep -q "PNG image data, 1280 x 800" || { file "$out"; echo "the station does not fill the screen"; exit 1; }

set +e
message="$(HOME="$home" XDG_CONFIG_HOME="" timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$app" --db "$db" --kiosk --team "Geen Bestaand Team" --perspective client --screenshot "$home/no.png" 2>&1)"
status=$?
set -e
test "$status" -eq 1 || { echo "an unknown team: exit $status, expected 1"; echo "$message"; exit 1; }
echo "$message" | grep -q "Geen Bestaand Team" || { echo "the refusal does not name the team: $message"; exit 1; }
test ! -e "$home/no.png" || { echo "a refused start showed a station"; exit 1; }
echo "the invulstation took the screen: $out"
