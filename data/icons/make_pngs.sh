#!/usr/bin/env bash
# Renders the application icon's PNG sizes from herstelspiegel.svg (rsvg-convert, Debian's librsvg2-bin).
# The PNGs are committed, so a build needs no SVG renderer (nor does the Windows build); run this after
# changing the SVG. A test renders them again and fails when the committed ones are out of date.
# Usage: make_pngs.sh [output folder]   (default: png/ next to this script)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/png}"
mkdir -p "$out"
for size in 16 24 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" --format png "$here/herstelspiegel.svg" \
    --output "$out/herstelspiegel-$size.png"
done
