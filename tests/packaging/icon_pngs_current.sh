#!/usr/bin/env bash
# The committed PNG sizes of the application icon are what data/icons/make_pngs.sh renders from the SVG today:
# every size present, square at its size, and byte for byte the same as a fresh rendering (so a changed SVG
# without new PNGs fails here).
set -euo pipefail
icons="$1/data/icons"
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
bash "$icons/make_pngs.sh" "$fresh"
status=0
for size in 16 24 32 48 64 128 256; do
  png="$icons/png/herstelspiegel-$size.png"
  if [[ ! -f "$png" ]]; then
    echo "$png: missing"; status=1; continue
  fi
  file "$png" | grep -q "PNG image data, $size x $size, 8-bit/color RGBA" || { echo "$png: $(file -b "$png")"; status=1; }
  cmp -s "$png" "$fresh/herstelspiegel-$size.png" || { echo "$png: differs from the SVG's rendering (run data/icons/make_pngs.sh)"; status=1; }
done
# No stray sizes that make_pngs.sh no longer makes (the install rules take whatever is there).
for png in "$icons"/png/*.png; do
  [[ -f "$fresh/$(basename "$png")" ]] || { echo "$png: not made by make_pngs.sh"; status=1; }
done
exit $status
