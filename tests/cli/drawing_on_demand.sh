#!/usr/bin/env bash
# cairo and FreeType are loaded when a program first draws a page, not when it starts (src/core/report/cairo_link.h):
# a workbook is written without them, a PDF loads them and comes out whole. The dynamic linker's own account
# (LD_DEBUG=files) says which libraries a run loaded and how.
# Usage: drawing_on_demand.sh <herstelspiegel-cli>
set -uo pipefail
cli="$1"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
failures=0
fail() {
    echo "FAIL: $1"
    sed 's/^/    /' "$dir/log" | grep -E "libcairo|libfreetype|error|Error" | head -20
    failures=$((failures + 1))
}
run() { # run <cli args...>: the command's output and the linker's account in $dir/log
    LD_DEBUG=files timeout 120 "$cli" --db "$dir/hs.db" "$@" >"$dir/log" 2>&1
}

run demo --teams 1 --rounds 2 --respondents 6 --seed 3 || fail "demo"
run export-trend --team "FACT Noord" --out "$dir/trend.xlsx" || fail "export-trend"
[[ -s "$dir/trend.xlsx" ]] || fail "export-trend wrote no workbook"
grep -q "file=libxlsxwriter" "$dir/log" || fail "LD_DEBUG=files gave no account of the libraries (the check cannot see)"
grep -q "file=libcairo" "$dir/log" && fail "export-trend loaded cairo"
grep -q "file=libfreetype" "$dir/log" && fail "export-trend loaded FreeType"

round="$("$cli" --db "$dir/hs.db" list | awk '/^Rounds/ {getline; print $1}')"
run report --team "FACT Noord" --round "$round" --out "$dir/report.pdf" || fail "report"
grep -qE "file=libcairo\.so\.2 .*dynamically loaded" "$dir/log" || fail "report did not load cairo when it drew"
grep -qE "file=libfreetype\.so\.6 " "$dir/log" || fail "report did not load FreeType when it drew"
head -c 5 "$dir/report.pdf" | grep -q "%PDF-" || fail "report wrote no PDF"
tail -c 32 "$dir/report.pdf" | grep -q "%%EOF" || fail "the PDF is not whole"

if ((failures)); then
    echo "$failures failure(s)"
    exit 1
fi
echo "workbook without cairo, PDF with it: ok"
