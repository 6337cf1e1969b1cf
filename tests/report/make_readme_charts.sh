#!/usr/bin/env bash
# Redraws the README's chart pictures (docs/charts/*.png) from the coaching report's scenes with the cairo PNG back
# end; run after changing a chart builder, and look at them. The test "pdf: the README's chart pictures are current"
# fails until they are redrawn.
# usage: tests/report/make_readme_charts.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
"$build/tests/report/readme_charts" "$root/docs/charts"
