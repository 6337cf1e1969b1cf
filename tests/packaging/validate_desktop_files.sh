#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo pass their validators without a single remark (hints and
# warnings fail too), and the metainfo's newest release is the version the program reports.
set -euo pipefail
desktop="$1"
metainfo="$2"
cli="$3"
out="$(desktop-file-validate "$desktop" 2>&1)" || { echo "$out"; exit 1; }
[[ -z "$out" ]] || { echo "desktop-file-validate: $out"; exit 1; }
appstreamcli validate --no-net --explain "$metainfo"
version="$("$cli" --version)"
version="${version#herstelspiegel-cli }"
grep -q "<release version=\"$version\" date=\"[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\">" "$metainfo" \
  || { echo "$metainfo: no release $version (the program says $version)"; exit 1; }
echo "desktop entry and metainfo valid; release $version"
