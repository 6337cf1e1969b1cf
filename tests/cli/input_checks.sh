#!/usr/bin/env bash
# Bad input through the CLI, as a user or a hostile file brings it: each refusal has the documented exit code and
# a message, comes within seconds (timeout), and leaves the database as it was (bytes compared).
# Usage: input_checks.sh <herstelspiegel-cli> <source dir>
set -uo pipefail
cli="$1"
src="$2"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
chmod 755 "$dir"
failures=0

# expect <code> <what> <cli args...>: runs the CLI (at most 20 s) and checks its exit code.
expect() {
    local want="$1" what="$2"
    shift 2
    timeout 20 "$cli" "$@" >"$dir/out" 2>&1
    local got=$?
    if [[ $got != "$want" ]]; then
        echo "FAIL: $what: exit $got, expected $want"
        sed 's/^/    /' "$dir/out"
        failures=$((failures + 1))
    fi
}
# says <regex> <what>: the last command's output matches.
says() {
    if ! grep -qE -- "$1" "$dir/out"; then
        echo "FAIL: $2: output lacks /$1/"
        sed 's/^/    /' "$dir/out"
        failures=$((failures + 1))
    fi
}
same() { # same <file> <md5 before> <what>
    if [[ "$(md5sum <"$1")" != "$2" ]]; then
        echo "FAIL: $3: $1 was changed"
        failures=$((failures + 1))
    fi
}

db="$dir/h.db"
expect 0 "demo" --db "$db" demo --teams 2 --rounds 1 --respondents 5
round="$("$cli" --db "$db" list | awk '/^Rounds/ {getline; print $1}')"
team="$("$cli" --db "$db" list | awk '/^Teams/ {getline; sub(/^ +/, ""); print}')"

# --- names ---
before="$("$cli" --db "$db" list)"
expect 1 "new-round with an existing label" --db "$db" new-round --label "$round" --team "Nieuw team"
says "already a round called" "new-round with an existing label"
[[ "$("$cli" --db "$db" list)" == "$before" ]] || { echo "FAIL: a refused new-round changed the database"; failures=$((failures + 1)); }
expect 1 "new-round with a blank label" --db "$db" new-round --label "   "
expect 1 "new-round with a blank team" --db "$db" new-round --label "R9" --team " "
expect 1 "new-round with an existing label, padded" --db "$db" new-round --label "  $round  "
expect 0 "new-round trims its names" --db "$db" new-round --label "  R2  " --team "  Team X "
"$cli" --db "$db" list | grep -qE "^  R2  " && "$cli" --db "$db" list | grep -qx "  Team X" ||
    { echo "FAIL: names were not trimmed"; failures=$((failures + 1)); }

# --- multi-file import: 0 all taken, 1 nothing changed, 5 some taken ---
items="$(sed -n 's/.*<item id="\([^"]*\)".*/\1/p' "$src/questionnaires/herstelondersteuning-team.xml" | head -40 | paste -sd';')"
answers="$(for i in $(seq 40); do printf '3;'; done | sed 's/;$//')"
printf '%s\n%s\n' "$items" "$answers" >"$dir/good.csv"
printf '%s\n%s\n' "$items" "$(echo "$answers" | sed 's/^3/9/')" >"$dir/bad.csv"
printf '%s\n%s\n%s\n' "$items" "$answers" "$(echo "$answers" | sed 's/^3/4/')" >"$dir/good2.csv"
expect 0 "import of one good file" --db "$db" import "$dir/good.csv" --round R2 --team "Team X"
says "good.csv: 1 response imported, 0 already present" "one response, said in the singular"
grep -q "new team" "$dir/out" && { echo "FAIL: a known team was reported as new"; failures=$((failures + 1)); }
expect 0 "import for a team named for the first time" --db "$db" import "$dir/good.csv" --round R2 --team "Team Y"
says "new team 'Team Y' \(no team had this name yet; check the spelling\)" "a new team is said, so a misspelling shows"
expect 1 "a round that is not there" --db "$db" export-compare --round R7 --out "$dir/x.xlsx"
says "There is no round called 'R7' \(rounds: .*R2" "the rounds there are are named"
expect 1 "a reading verb on a database not made yet" --db "$dir/nog-niet.db" list
says "does not exist\. A database is made by the first .new-round." "how a database is made"
expect 1 "an agreement about a dimension not in the questionnaire" --db "$db" actions add --team "Team X" --round R2 --dimension Presentie --text "x"
says "has no dimension 'Presentie' \(its dimensions: presentie, " "the dimensions there are are named"
expect 0 "close a round" --db "$db" close-round --round R2
says "Round 'R2' is now closed" "close-round says what it did"
expect 0 "close it again" --db "$db" close-round --round R2
says "Round 'R2' was already closed" "closing a closed round says so"
expect 0 "reopen it" --db "$db" close-round --round R2 --reopen
says "Round 'R2' is now open" "reopening says so"
expect 1 "import: every file refused or already present" --db "$db" import "$dir/good.csv" "$dir/bad.csv" --round R2 --team "Team X"
says "1 of 2 files imported" "import summary"
expect 5 "import: some taken, some refused" --db "$db" import "$dir/bad.csv" "$dir/good2.csv" --round R2 --team "Team X"
says "bad.csv:2: answer '9'" "the refused file is named with its line"
expect 1 "import with a blank team" --db "$db" import "$dir/good.csv" --round R2 --team "  "
before="$("$cli" --db "$db" list)"
expect 1 "a refused CSV for a new team" --db "$db" import "$dir/bad.csv" --round R2 --team "Nieuw team"
[[ "$("$cli" --db "$db" list)" == "$before" ]] || { echo "FAIL: a refused CSV left its new team behind"; failures=$((failures + 1)); }
expect 0 "a CSV for a new team creates it" --db "$db" import "$dir/good.csv" --round R2 --team " Nieuw team "
"$cli" --db "$db" list | grep -qx "  Nieuw team" || { echo "FAIL: the new team was not created"; failures=$((failures + 1)); }

# --- files that would hang or crash a trusting reader ---
ln -s /dev/zero "$dir/zero.csv"
expect 1 "import of a link to /dev/zero" --db "$db" import "$dir/zero.csv" --round R2 --team "Team X"
# Under Wine (the Windows build's tests, HS_TEST_WINDOWS=1) a link to a device reads as a missing file: refused too.
device_refused="not an ordinary file"
[[ "${HS_TEST_WINDOWS:-0}" == 1 ]] && device_refused="not an ordinary file|the file does not exist"
says "$device_refused" "link to /dev/zero"
ln -s /dev/zero "$dir/zero.xml"
expect 1 "import of a portable file that is a link to /dev/zero" --db "$db" import "$dir/zero.xml"
says "$device_refused" "portable file linked to /dev/zero"
mkfifo "$dir/fifo.xml"
expect 1 "validate of a FIFO" validate "$dir/fifo.xml"
python3 -c "print('<questionnaire>' + '<a>' * 200000 + '</a>' * 200000 + '</questionnaire>')" >"$dir/deep.xml"
expect 1 "validate of XML nested 200,000 deep" validate "$dir/deep.xml"
says "deep.xml:1: not well-formed XML: elements are nested more than 64 levels deep" "deep XML"
python3 -c "print('{\"questionnaire\": ' + '[' * 200000 + ']' * 200000 + '}')" >"$dir/deep.json"
expect 1 "validate of JSON nested 200,000 deep" validate "$dir/deep.json"
printf '%s;opmerking:hoop\n%s;Caf\xe9\n' "$items" "$answers" >"$dir/excel.csv"
expect 0 "a Windows-1252 CSV is converted and reported" --db "$db" import "$dir/excel.csv" --round R2 --team "Team X"
says "Windows-1252" "conversion reported"

# --- the database: damage detected, nothing modified ---
expect 0 "check of an intact database" --db "$db" check
says "ok, no damage found" "check"
expect 0 "backup checks the copy" --db "$db" backup --out "$dir/backup.db"
: >"$dir/empty.db"
expect 3 "a zero-length database" --db "$dir/empty.db" list
says "empty \(0 bytes\).*restore" "zero-length database"
[[ ! -s "$dir/empty.db" ]] || { echo "FAIL: the empty file was turned into a database"; failures=$((failures + 1)); }
"$cli" --db "$db" list >/dev/null # checkpointed, so the copy below is the whole database
cp "$db" "$dir/damaged.db"
python3 -c "
import sys
f = open(sys.argv[1], 'r+b'); f.seek(4096 * 4); f.write(b'\x0d' + b'\xff' * 7); f.close()" "$dir/damaged.db"
sum="$(md5sum <"$dir/damaged.db")"
expect 3 "check of a damaged database" --db "$dir/damaged.db" check
says "is damaged .*restore your latest backup" "damage message"
expect 3 "new-round on a damaged database" --db "$dir/damaged.db" new-round --label Z
expect 3 "backup of a damaged database" --db "$dir/damaged.db" backup --out "$dir/b2.db"
same "$dir/damaged.db" "$sum" "damaged database"
head -c 20000 "$db" >"$dir/truncated.db"
sum="$(md5sum <"$dir/truncated.db")"
expect 3 "list on a truncated database" --db "$dir/truncated.db" list
says "cut off" "truncation named"
expect 3 "import into a truncated database" --db "$dir/truncated.db" import "$dir/good.csv" --round R2 --team "Team X"
same "$dir/truncated.db" "$sum" "truncated database"

# --- a folder without write permission: as an ordinary user (root may write anywhere, so run as nobody) ---
ro="$dir/readonly"
mkdir "$ro" && cp "$db" "$ro/h.db" && chmod 644 "$ro/h.db" && chmod 555 "$ro"
as_user=()
if [[ "${HS_TEST_WINDOWS:-0}" == 1 ]]; then
    # Another account has no Wine prefix to run the program in, and Windows does not close a folder with mode
    # bits: this part applies to POSIX systems only.
    echo "SKIP: under Wine the read-only folder is not tested"
    ro=""
elif [[ $(id -u) -eq 0 ]]; then
    if command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
        as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    else
        echo "SKIP: running as root without setpriv: the read-only folder is not tested"
        ro=""
    fi
fi
if [[ -n "$ro" ]]; then
    sum="$(md5sum <"$ro/h.db")"
    cli_user() { "${as_user[@]}" "$cli" "$@"; }
    timeout 20 "${as_user[@]}" "$cli" --db "$ro/h.db" list >"$dir/out" 2>&1
    [[ $? == 0 ]] || { echo "FAIL: list in a read-only folder"; cat "$dir/out"; failures=$((failures + 1)); }
    timeout 20 "${as_user[@]}" "$cli" --db "$ro/h.db" new-round --label RO >"$dir/out" 2>&1
    [[ $? == 3 ]] || { echo "FAIL: a write in a read-only folder must exit 3"; cat "$dir/out"; failures=$((failures + 1)); }
    says "The folder $ro cannot be written" "read-only folder named"
    same "$ro/h.db" "$sum" "database in a read-only folder"
    [[ -z "$(ls "$ro" | grep -v '^h.db$')" ]] || { echo "FAIL: files appeared in the read-only folder"; failures=$((failures + 1)); }
    chmod 755 "$ro"
fi

if ((failures)); then
    echo "$failures failures"
    exit 1
fi
echo "all input checks passed"
