#!/usr/bin/env bash
# Starts the invulstation from the command line, as a shortcut on a waiting-room laptop would
# (`herstelspiegel --kiosk --team T --perspective client`), under Xvfb: it takes the whole screen at once, without
# the main window. A team without an open round for clients is refused with exit 1 and the reason.
set -euo pipefail
app="$1" out="$2" cli="$3" home="$(mktemp -d)"
db="$home/demo.db"
trap 'rm -rf "$home"' EXIT
"$cli" --db "$db" demo >/dev/null
# The coordinator chose the PIN 2468 before (kept as salt:sha256(salt:pin), as kiosk_session.cpp writes it); without
# one the station first asks for it, which an unattended start cannot answer.
python3 - "$db" <<'PY'
import hashlib, sqlite3, sys
salt = "0123456789abcdef0123456789abcdef"
record = salt + ":" + hashlib.sha256((salt + ":2468").encode()).hexdigest()
with sqlite3.connect(sys.argv[1]) as db:
    db.execute("INSERT INTO settings (name, value) VALUES ('kiosk.pin', ?)", (record,))
PY
team="$("$cli" --db "$db" list | awk '/^Teams/ { getline; sub(/^ +/, ""); print; exit }')"
test -n "$team" || { echo "the demo has no team"; exit 1; }
rm -f "$out"
HOME="$home" XDG_CONFIG_HOME="" timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$app" --db "$db" --kiosk --team "$team" --perspective client --screenshot "$out"
test -s "$out" || { echo "no screenshot of the station was saved"; exit 1; }
file "$out" | grep -Eq "PNG image data, 128[0-9] x 80[0-9]" || { file "$out"; echo "the station does not fill the screen"; exit 1; }

set +e
message="$(HOME="$home" XDG_CONFIG_HOME="" timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$app" --db "$db" --kiosk --team "Geen Bestaand Team" --perspective client --screenshot "$home/no.png" 2>&1)"
status=$?
set -e
test "$status" -eq 1 || { echo "an unknown team: exit $status, expected 1"; echo "$message"; exit 1; }
echo "$message" | grep -q "Geen Bestaand Team" || { echo "the refusal does not name the team: $message"; exit 1; }
test ! -e "$home/no.png" || { echo "a refused start showed a station"; exit 1; }
echo "the invulstation took the screen: $out"
