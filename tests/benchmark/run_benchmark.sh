#!/usr/bin/env bash
# Whole-process benchmark at organisation scale: wall time and peak memory of each job, as a user runs it.
#   full:  400 teams x 12 rounds x about 15 respondents x 72 items (about 5 million answers)
#   tenth: 40 teams, the same rounds and respondents (a tenth of the data), to show the cost grows linearly
# usage: tests/benchmark/run_benchmark.sh [BUILD_DIR]      (cmake --build build --target benchmark)
set -euo pipefail
build="${1:-build}"
cli="$build/src/cli/herstelspiegel-cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() { # label, command...: prints "label seconds peak-MB"
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { cat "$work/err"; exit 1; }
  read -r secs kb < "$work/time"
  printf "%-34s %8.2f s %8.0f MB\n" "$label" "$secs" "$((kb / 1024))"
  echo "$secs"  > "$work/last"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
for size in tenth full; do
  teams=$([[ $size == full ]] && echo 400 || echo 40)
  db="$work/$size.db"
  echo "--- $size: $teams teams, 12 rounds, about 15 respondents per team per round"
  measure "demo data into the store" "$cli" --db "$db" demo --teams "$teams" --rounds 12 --respondents 15 --seed 1
  answers=$(grep -o '[0-9]* scored answers' "$work/out" | cut -d' ' -f1)
  secs=$(cat "$work/last")
  echo "    $answers answers, $(awk -v a="$answers" -v s="$secs" 'BEGIN { printf "%.2f", a / s / 1e6 }') million answers per second (whole process)"
  measure "team trend workbook" "$cli" --db "$db" export-trend --team "FACT Noord" --out "$work/trend.xlsx"
  measure "organisation comparison workbook" "$cli" --db "$db" export-compare --round 2026-najaar --out "$work/compare.xlsx"
  rm -f "$db"*
done
