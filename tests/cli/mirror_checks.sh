#!/usr/bin/env bash
# The mirror through the CLI: a round opened with client and relatives versions (built in, found next to the team
# file, or named), refusals that change nothing, a CSV of clients' answers on paper, and the portable file that
# carries whose answers they are and how they were collected.
# Usage: mirror_checks.sh <herstelspiegel-cli> <source dir>
set -uo pipefail
cli="$1"
src="$2"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
failures=0
expect() { # expect <code> <what> <cli args...>
    local want="$1" what="$2"
    shift 2
    timeout 60 "$cli" "$@" >"$dir/out" 2>&1
    local got=$?
    if [[ $got != "$want" ]]; then
        echo "FAIL: $what: exit $got, expected $want"
        sed 's/^/    /' "$dir/out"
        failures=$((failures + 1))
    fi
}
says() { # says <regex> <what>: the last command's output matches
    if ! grep -qE -- "$1" "$dir/out"; then
        echo "FAIL: $2: output lacks /$1/"
        sed 's/^/    /' "$dir/out"
        failures=$((failures + 1))
    fi
}
lacks() { # lacks <regex> <what>
    if grep -qE -- "$1" "$dir/out"; then
        echo "FAIL: $2: output has /$1/"
        sed 's/^/    /' "$dir/out"
        failures=$((failures + 1))
    fi
}

db="$dir/h.db"
expect 0 "new-round with the built-in versions" --db "$db" new-round --label R1 --date 2026-04-01 --team "FACT Noord" \
    --perspectives team,client,relative
says "for clients herstelondersteuning-client 1\.0, for relatives herstelondersteuning-naasten 1\.0" "new-round names the versions"
expect 0 "list" --db "$db" list
says "R1 .* open  \+client herstelondersteuning-client  \+relative herstelondersteuning-naasten" "list shows the round's versions"

# Next to a team questionnaire file: the shipped folder holds the client and relatives versions.
expect 0 "new-round finds the versions next to the team file" --db "$db" new-round --label R2 --date 2026-10-01 \
    --questionnaire "$src/questionnaires/herstelondersteuning-team.xml" --perspectives client
says "for clients herstelondersteuning-client" "the client version next to the team file"
lacks "relatives" "only the perspectives asked for"

# A version that does not fit, an unknown perspective, no version next to the file: refused, nothing made.
expect 1 "a client version with an unknown dimension" --db "$db" new-round --label X1 --team "Nieuw team" \
    --perspectives team,client --client-questionnaire "$src/tests/cli/data/client-unknown-dimension.xml"
says "does not fit the team questionnaire" "why the client version is refused"
expect 1 "an unknown perspective" --db "$db" new-round --label X2 --perspectives team,cliënt
cp "$src/questionnaires/herstelondersteuning-team.xml" "$dir/team.xml"
expect 1 "no client version next to the team file" --db "$db" new-round --label X3 --questionnaire "$dir/team.xml" \
    --perspectives client
says "no client version of 'herstelondersteuning-team' next to" "what is missing"
expect 0 "list" --db "$db" list
lacks "X1|X2|X3|Nieuw team" "refused rounds leave nothing behind"

# Clients' answers on paper, typed into a CSV: the columns are the client version's statements.
ids="$(grep -o '<item id="[^"]*"' "$src/questionnaires/herstelondersteuning-client.xml" | sed 's/<item id="//; s/"$//' | paste -sd,)"
n="$(tr ',' '\n' <<<"$ids" | wc -l)"
row="$(yes 2 | head -n "$n" | paste -sd,)"
{ echo "$ids"; for _ in 1 2 3 4 5 6; do echo "$row"; done; } >"$dir/clients.csv"
expect 0 "import clients' answers" --db "$db" import "$dir/clients.csv" --round R1 --team "FACT Noord" --perspective client \
    --collection paper
says "6 responses imported" "the clients' responses"
# The header row for a form tool, from the round's client version: its statements in order, no role.
expect 0 "csv-header for clients" --db "$db" csv-header --round R1 --perspective client --out "$dir/kop.csv"
[[ "$(head -1 "$dir/kop.csv" | tr -d '\r' | cut -d';' -f1-3)" == "$(cut -d, -f1-3 <<<"$ids" | tr , ';')" ]] ||
    { echo "FAIL: csv-header: $(head -c 200 "$dir/kop.csv")"; failures=$((failures + 1)); }
grep -q "^rol" "$dir/kop.csv" && { echo "FAIL: a client's header has a role"; failures=$((failures + 1)); }
remarks="$(( $(head -1 "$dir/kop.csv" | tr -cd ';' | wc -c) + 1 - n ))" # an empty cell per remark column
{ cat "$dir/kop.csv"; echo "$(tr ',' ';' <<<"$row")$(printf ';%.0s' $(seq "$remarks"))"; } >"$dir/van-kop.csv"
cp "$db" "$dir/kop.db" # a copy: the checks below count the six clients of the store
expect 0 "a CSV made from the header imports" --db "$dir/kop.db" import "$dir/van-kop.csv" --round R1 --team "FACT Noord" --perspective client
says "1 response imported" "the template's row"
expect 1 "csv-header for a version the round does not have" --db "$db" csv-header --round R2 --perspective relative --out "$dir/x.csv"
says "does not ask relatives" "whom the round asks"
expect 0 "list after the clients' answers" --db "$db" list
says "R1: 0 complete, 0 in progress; clients 6, relatives 0" "list counts the clients apart from the team"
expect 1 "relatives' answers in the client version's columns" --db "$db" import "$dir/clients.csv" --round R1 \
    --team "FACT Noord" --perspective relative
expect 1 "clients' answers for a round without a client version" --db "$db" import "$dir/clients.csv" --round R2 \
    --team "FACT Noord" --perspective relative
expect 1 "an unknown way of collecting" --db "$db" import "$dir/clients.csv" --round R1 --team "FACT Noord" \
    --perspective client --collection fax
expect 1 "a team CSV in the client version's columns" --db "$db" import "$dir/clients.csv" --round R1 --team "FACT Noord"

# The portable file carries the versions, whose answers they are and how they were collected.
expect 0 "export-responses" --db "$db" export-responses --round R1 --out "$dir/r1.xml"
says "^6 responses written" "every perspective is exported"
grep -q '<questionnaire perspective="client" id="herstelondersteuning-client"' "$dir/r1.xml" ||
    { echo "FAIL: the file lacks the client version"; failures=$((failures + 1)); }
[[ "$(grep -c 'perspective="client" collection="paper"' "$dir/r1.xml")" == 6 ]] ||
    { echo "FAIL: the responses do not say client and paper"; failures=$((failures + 1)); }
expect 0 "import the portable file elsewhere" --db "$dir/other.db" import "$dir/r1.xml"
says "6 responses imported" "the other machine takes them"
expect 0 "list elsewhere" --db "$dir/other.db" list
says "R1 .*\+client herstelondersteuning-client" "the round made there holds the client version"
expect 0 "export again" --db "$dir/other.db" export-responses --round R1 --out "$dir/again.xml"
[[ "$(grep -c 'perspective="client" collection="paper"' "$dir/again.xml")" == 6 ]] ||
    { echo "FAIL: the round trip lost the perspective or the collection mode"; failures=$((failures + 1)); }

# The raw export of the clients' answers: their version's statements, and how they were collected (six on paper:
# one way, so it is named). A team version as a client version, or a client version as a round's questionnaire: refused.
expect 0 "export-raw of the clients" --db "$db" export-raw --round R1 --perspective client --out "$dir/raw.csv"
head -1 "$dir/raw.csv" | grep -q '^nummer,team,rol,verzameld,presentie.goed-luisteren,' ||
    { echo "FAIL: the raw export's columns: $(head -1 "$dir/raw.csv")"; failures=$((failures + 1)); }
[[ "$(grep -c ',FACT Noord,,paper,2,' "$dir/raw.csv")" == 6 ]] ||
    { echo "FAIL: the raw export's rows"; cat "$dir/raw.csv"; failures=$((failures + 1)); }
expect 1 "a client version opens no round" --db "$db" new-round --label X4 \
    --questionnaire "$src/questionnaires/herstelondersteuning-client.xml"
expect 1 "a relatives version is no client version" --db "$db" new-round --label X6 --perspectives team,client \
    --client-questionnaire "$src/questionnaires/herstelondersteuning-naasten.xml"
says "'herstelondersteuning-naasten' is the version for relatives, not for clients" "why the relatives version is refused"
expect 1 "a client version is no relatives version" --db "$db" new-round --label X7 --perspectives relative \
    --relative-questionnaire "$src/questionnaires/herstelondersteuning-client.xml"
expect 1 "a client version without clients among the perspectives" --db "$db" new-round --label X8 \
    --client-questionnaire "$src/questionnaires/herstelondersteuning-client.xml"
says "--client-questionnaire given, but --perspectives does not name client" "why the client version is refused"
expect 0 "list" --db "$db" list
lacks "X6|X7|X8" "the versions given the wrong way round open no round"
expect 1 "a team version is no client version" --db "$db" new-round --label X5 --perspectives client \
    --client-questionnaire "$src/questionnaires/herstelondersteuning-team.xml"

# The demo organisation has the mirror in its last two rounds (and not with --no-mirror).
expect 0 "demo" --db "$dir/demo.db" demo --teams 4 --rounds 3 --respondents 12
says "responses of clients and relatives" "the demo's mirror"
# The mirror of the demo's first team in the last round: clients scored the team, the largest gap first, and a
# dimension clients cannot judge says so.
expect 0 "mirror" --db "$dir/demo.db" mirror --team "FACT Noord" --round 2026-najaar
says "^Mirror of FACT Noord in 2026-najaar \(previous round: 2026-voorjaar\)" "the mirror's heading"
says "^scholing:  team [0-9.]+ \(n [0-9]+\)  client no client perspective  relative no relatives' perspective" "no client perspective"
says "^  team - client [+-][0-9.]+ \[[+-][0-9.]+; [+-][0-9.]+\], change [+-][0-9.]+: " "a gap with its interval and change"
expect 1 "mirror of an unknown team" --db "$dir/demo.db" mirror --team "Niemand" --round 2026-najaar
expect 0 "demo without the mirror" --db "$dir/plain.db" demo --teams 4 --rounds 3 --respondents 6 --no-mirror
lacks "clients and relatives" "no mirror"

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all mirror checks passed"
