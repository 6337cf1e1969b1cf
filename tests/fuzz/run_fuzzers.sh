#!/usr/bin/env bash
# Runs every fuzz target for a fixed time, each from a seed corpus assembled from the shipped files (and, for the
# portable response file and CSV, files the CLI writes from demo data). Crashes are kept in <work>/crashes.
# Usage: run_fuzzers.sh <fuzz build dir> <herstelspiegel-cli of a normal build> [seconds per target, default 25]
set -euo pipefail
fuzz_build="$1"
cli="$2"
seconds="${3:-25}"
src="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work/corpus" "$work/db"; [[ -n "$(ls -A "$work/crashes" 2>/dev/null)" ]] || rm -rf "$work"' EXIT

mkdir -p "$work"/corpus/{questionnaire_xml,questionnaire_json,report_definition,csv,response_file} "$work/db" "$work/crashes"
cp "$src"/questionnaires/*.xml "$src"/tests/cli/data/*.xml "$work/corpus/questionnaire_xml/"
tail -c +2 "$src/tests/fuzz/seeds/questionnaire.json" >"$work/corpus/questionnaire_json/small" # the target adds '{'
cp "$src"/reports/*.xml "$work/corpus/report_definition/"
"$cli" --db "$work/db/demo.db" demo --teams 1 --rounds 1 --respondents 3 >/dev/null 2>&1
round="$("$cli" --db "$work/db/demo.db" list | awk '/^Rounds/ {getline; print $1}')"
"$cli" --db "$work/db/demo.db" export-responses --round "$round" --out "$work/corpus/response_file/demo.xml" >/dev/null
items="$(sed -n 's/.*<item id="\([^"]*\)".*/\1/p' "$src/questionnaires/herstelondersteuning-team.xml" | head -8 | paste -sd';')"
printf 'id;rol;%s;opmerking:%s\r\n1;manager;1;2;3;4;5;nvt;weet niet;;"een; twee"\r\n;;;;;;;;;;\r\n' \
  "$items" "$(sed -n 's/.*<dimension id="\([^"]*\)".*/\1/p' "$src/questionnaires/herstelondersteuning-team.xml" | head -1)" \
  >"$work/corpus/csv/form.csv"

status=0
for target in questionnaire_xml questionnaire_json report_definition csv response_file; do
    echo "== fuzz_$target for ${seconds} s"
    if ! TMPDIR="$work" ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$fuzz_build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$work/crashes/$target-" -print_final_stats=0 \
        "$work/corpus/$target" 2>"$work/$target.log"; then
        tail -40 "$work/$target.log"
        echo "fuzz_$target found a problem; the input is in $work/crashes"
        status=1
    else
        grep -E "^#[0-9]+.*DONE" "$work/$target.log" | tail -1 || tail -2 "$work/$target.log"
    fi
done
exit $status
