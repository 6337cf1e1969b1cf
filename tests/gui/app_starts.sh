#!/usr/bin/env bash
# Starts the application as the README's start command does (a fresh user account, the demo organisation in a
# database of its own in the user's data folder, the user's own database left empty), under Xvfb, and checks that
# the main window came up by the screenshot it saves of itself.
set -euo pipefail
app="$1"
out="$2"
cli="$3"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
rm -f "$out"
HOME="$home" XDG_DATA_HOME="" XDG_CONFIG_HOME="" timeout 60 \
  xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --screenshot "$out"
test -s "$out" || { echo "no screenshot was saved"; exit 1; }
file "$out" | grep -q "PNG image data, 9[0-9][0-9] x [56][0-9][0-9]" || { file "$out"; echo "unexpected window size"; exit 1; }
db="$home/.local/share/herstelspiegel/herstelspiegel-voorbeeld.db"
own="$home/.local/share/herstelspiegel/herstelspiegel.db"
test -f "$db" || { echo "no example database in the user's data folder"; exit 1; }
test -f "$home/.config/herstelspiegel/settings.ini" || { echo "settings were not saved"; exit 1; }
"$cli" --db "$db" list | grep -q "Rounds (4)" || { echo "the example database did not get demo data"; exit 1; }
if [[ -f "$own" ]]; then
  "$cli" --db "$own" list | grep -q "Rounds (0)" || { echo "the demo went into the user's own database"; exit 1; }
fi
# A second start keeps the data as it is (no second demo on top), and says what its window shows (--describe,
# which the test under Wine compares with the screen): the Dutch labels, the list's rows, the status bar.
HOME="$home" XDG_DATA_HOME="" XDG_CONFIG_HOME="" timeout 60 \
  xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --screenshot "$out" --describe "$home/labels.txt"
"$cli" --db "$db" list | grep -q "Rounds (4)" || { echo "demo data was added twice"; exit 1; }
for expected in '^frame\t[0-9 ]+\t[0-9 ]+\tHerstelspiegel$' '^menu\tBestand$' '^button\t[0-9 ]+\tenabled\tInvullen' \
                '^text\t[0-9 ]+\tenabled\tElke rij is één team' '^list\t[0-9 ]+\tenabled\t8 columns, 32 rows$' \
                '^column\tTeam$' '^row\tFACT Noord\t2026-najaar\t' '^status\t.*herstelspiegel-voorbeeld\.db' '^end$'; do
  grep -qP "$expected" "$home/labels.txt" || { echo "--describe lacks $expected:"; cat "$home/labels.txt"; exit 1; }
done
echo "main window shown and saved to $out"
