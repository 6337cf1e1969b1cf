#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo pass their validators without a single remark (hints and
# warnings fail too), the metainfo's newest release is the version the program reports, and every screenshot it
# names is one the GUI tests make (tests/gui/screenshots).
set -euo pipefail
desktop="$1"
metainfo="$2"
cli="$3"
screenshots="$4"
out="$(desktop-file-validate "$desktop" 2>&1)" || { echo "$out"; exit 1; }
[[ -z "$out" ]] || { echo "desktop-file-validate: $out"; exit 1; }
appstreamcli validate --no-net --explain "$metainfo"
version="$("$cli" --version)"
version="${version#herstelspiegel-cli }"
grep -q "<release version=\"$version\" date=\"[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\">" "$metainfo" \
  || { echo "$metainfo: no release $version (the program says $version)"; exit 1; }
images="$(sed -n 's|.*<image>.*/\([^/<]*\)</image>.*|\1|p' "$metainfo")"
[[ -n "$images" ]] || { echo "$metainfo: no screenshots"; exit 1; }
for image in $images; do
  [[ -f "$screenshots/$image" ]] || { echo "$metainfo: screenshot $image is not in $screenshots"; exit 1; }
done
echo "desktop entry and metainfo valid; release $version; screenshots:" $images
