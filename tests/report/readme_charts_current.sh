#!/usr/bin/env bash
# The README's chart pictures are what the report's scenes draw today: each one in docs/charts, a PNG of the
# report's text column (with a margin) at two pixels a point, and byte for byte a fresh drawing (a changed chart without new pictures
# fails here: run tests/report/make_readme_charts.sh).
# usage: readme_charts_current.sh SOURCE_DIR READ_ME_CHARTS_PROGRAM
set -euo pipefail
charts="$1/docs/charts"
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
"$2" "$fresh" >/dev/null
status=0
for name in profile spread; do
  png="$charts/$name.png"
  [[ -f "$fresh/$name.png" ]] || { echo "$name: not drawn"; status=1; continue; }
  file "$fresh/$name.png" | grep -q "PNG image data, 988 x" || { echo "$name: $(file -b "$fresh/$name.png")"; status=1; }
  [[ -f "$png" ]] || { echo "$png: missing"; status=1; continue; }
  cmp -s "$png" "$fresh/$name.png" || { echo "$png: differs from a fresh drawing (run tests/report/make_readme_charts.sh)"; status=1; }
done
for png in "$charts"/*.png; do
  [[ -f "$fresh/$(basename "$png")" ]] || { echo "$png: no longer drawn"; status=1; }
done
exit $status
