#!/usr/bin/env bash
# Whole-process benchmark of every verb a user waits for, as a user runs it, at a tenth, half and full size of a
# large organisation (full: 400 teams x 12 rounds x about 15 respondents x 65 items, about 4.5 million answers),
# each run HS_BENCH_REPEAT times (default 3) to show the spread, with baselines on the same data in the same run:
#   import          Python: ElementTree.iterparse + sqlite3 executemany with the same checks (baseline_import.py)
#   import CSV      Python: the csv module + sqlite3 executemany with the same checks (baseline_import_csv.py)
#   export-compare  Python: pandas + XlsxWriter writing the same workbook (baseline_compare.py)
#   export-trend    libxlsxwriter alone writing the same cells (hs-bench-xlsx-cells)
# Time is wall-clock of the whole process (and CPU = user + system, steadier on a shared machine); memory is the
# peak resident set, taken by hs-bench-measure (measure_process.c: to the microsecond, where /usr/bin/time counts
# hundredths). A measurement, not a test: run it with `cmake --build build --target benchmark`.
# usage: tests/benchmark/run_benchmark.sh [BUILD_DIR]
set -euo pipefail
build="$(cd "${1:-build}" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
cli="$build/src/cli/herstelspiegel-cli"
model="$build/tests/benchmark/hs-bench-result-model"
cells="$build/tests/benchmark/hs-bench-xlsx-cells"
timer="$build/tests/benchmark/hs-bench-measure"
python=/usr/bin/python3 # Debian's, with python3-pandas and python3-xlsxwriter (install-deps.sh)
repeat="${HS_BENCH_REPEAT:-3}"
sizes="${HS_BENCH_SIZES:-tenth half full}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"
# The record of checked databases (store/check_stamp.h) in a folder of this run: the first reading open after a
# change pays for the page-by-page check, measured on its own below.
export XDG_CACHE_HOME="$work/cache"
: > "$results"

# measure SIZE VERB ANSWERS PREPARE COMMAND...: runs PREPARE (untimed, a shell snippet) and COMMAND `repeat` times;
# records wall seconds, CPU seconds and peak kB of each run.
measure() {
  local size="$1" verb="$2" answers="$3" prepare="$4"; shift 4
  local n
  for ((n = 1; n <= repeat; n++)); do
    eval "$prepare"
    "$timer" "$work/time" "$@" > "$work/out" 2> "$work/err" || { cat "$work/out" "$work/err"; exit 1; }
    read -r wall user sys kb < "$work/time"
    printf "%s\t%s\t%s\t%s\t%s\t%s\n" "$size" "$verb" "$answers" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$kb" >> "$results"
  done
  printf "  %-44s %s\n" "$verb" "$(awk -F'\t' -v s="$size" -v v="$verb" '$1 == s && $2 == v { printf "%s s ", $4 }' "$results")"
}

# What every export costs whatever the data: a team with one round in a small database (the program's start, the
# database opened, three questionnaire versions read, a workbook of ten sheets and five charts written).
"$cli" --db "$work/one.db" demo --teams 1 --rounds 1 --respondents 5 --seed 1 > /dev/null 2>&1
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "each figure: $repeat runs"
for size in $sizes; do
  case $size in tenth) teams=40 ;; half) teams=200 ;; full) teams=400 ;; *) echo "unknown size $size"; exit 2 ;; esac
  db="$work/$size.db"
  echo "--- $size: $teams teams, 12 rounds, about 15 respondents per team per round"
  # Demo data: the answer count comes from the program's own summary.
  "$cli" --db "$work/count.db" demo --teams "$teams" --rounds 12 --respondents 15 --seed 1 > "$work/demo.out" 2> /dev/null
  demo_answers=$(grep -o '[0-9]* scored answers' "$work/demo.out" | cut -d' ' -f1)
  rm -f "$work/count.db"*
  measure "$size" "demo data into the store" "$demo_answers" 'rm -f "$db"*' \
    "$cli" --db "$db" demo --teams "$teams" --rounds 12 --respondents 15 --seed 1

  # One round's portable file (the last round), written and read back.
  measure "$size" "export-responses (one round)" 0 'rm -f "$work/round.xml"' \
    "$cli" --db "$db" export-responses --round 2026-najaar --out "$work/round.xml"
  round_answers=$(grep -c '<answer ' "$work/round.xml")
  sed -i "s/^$size\texport-responses (one round)\t0\t/$size\texport-responses (one round)\t$round_answers\t/" "$results"
  measure "$size" "import portable file (one round)" "$round_answers" 'rm -f "$work/in.db"*' \
    "$cli" --db "$work/in.db" import "$work/round.xml"
  measure "$size" "baseline: Python iterparse + executemany" "$round_answers" 'rm -f "$work/py.db"*' \
    "$python" "$here/baseline_import.py" "$work/round.xml" "$work/py.db"
  measure "$size" "import portable file again (all present)" "$round_answers" '' \
    "$cli" --db "$work/in.db" import "$work/round.xml"

  # The same answers as a form tool's CSV, for one team of the round.
  csv_answers=$("$python" "$here/make_csv.py" "$work/round.xml" "$work/round.csv") # the team's responses only
  measure "$size" "import CSV (one round's rows)" "$csv_answers" \
    'rm -f "$work/csv.db"*; "$cli" --db "$work/csv.db" new-round --label B --date 2026-10-01 --team "CSV team" > /dev/null' \
    "$cli" --db "$work/csv.db" import --round B --team "CSV team" "$work/round.csv"
  measure "$size" "baseline: Python csv + executemany" "$csv_answers" 'rm -f "$work/pycsv.db"*' \
    "$python" "$here/baseline_import_csv.py" "$work/round.csv" "$here/../../questionnaires/herstelondersteuning-team.xml" \
    "$work/pycsv.db" B "CSV team"

  measure "$size" "export-trend, first read after a change (page-by-page check)" 0 'rm -rf "$XDG_CACHE_HOME"' \
    "$cli" --db "$db" export-trend --team "FACT Noord" --out "$work/trend.xlsx"
  measure "$size" "export-trend (one team)" 0 '' \
    "$cli" --db "$db" export-trend --team "FACT Noord" --out "$work/trend.xlsx"
  "$python" "$here/dump_cells.py" "$work/trend.xlsx" "$work/trend.tsv"
  measure "$size" "baseline: libxlsxwriter alone, same cells" 0 '' "$cells" "$work/trend.tsv" "$work/cells.xlsx"

  measure "$size" "export-compare (all teams, all rounds)" "$demo_answers" '' \
    "$cli" --db "$db" export-compare --round 2026-najaar --out "$work/compare.xlsx"
  measure "$size" "baseline: pandas + XlsxWriter" "$demo_answers" '' \
    "$python" "$here/baseline_compare.py" "$db" 2026-najaar "$work/pandas.xlsx" 3

  measure "$size" "backup" "$demo_answers" 'rm -f "$work/backup.db"' "$cli" --db "$db" backup --out "$work/backup.db"
  measure "$size" "result model of a team (GUI, headless)" 0 '' "$model" "$db" "FACT Noord"
  rm -f "$db"* "$work"/in.db* "$work"/py.db* "$work"/csv.db* "$work"/pycsv.db* "$work/backup.db"
done

echo "--- fixed: a team with one round"
measure fixed "export-trend (one team)" 0 '' "$cli" --db "$work/one.db" export-trend --team "FACT Noord" --out "$work/one.xlsx"

"$python" "$here/summarise.py" "$results"
