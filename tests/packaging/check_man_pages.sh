#!/usr/bin/env bash
# The manual pages render without a warning from man/groff, carry the program's version, and the Dutch page of
# herstelspiegel-cli describes every command the program's --help lists (the English page is made from --help).
set -euo pipefail
man_dir="$1"
cli="$2"
shift 2 # then the pages the build makes: herstelspiegel-cli nl/herstelspiegel-cli ...
version="$("$cli" --version)"
version="${version#herstelspiegel-cli }"
status=0
for page in "$@"; do
  gz="$man_dir/$page.1.gz"
  [[ -s "$gz" ]] || { echo "$gz: missing"; status=1; continue; }
  warnings="$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$gz" 2>&1 >/dev/null)"
  [[ -z "$warnings" ]] || { echo "$gz: $warnings"; status=1; }
  zcat "$gz" | grep -q "^\.TH .*$version" || { echo "$gz: not version $version"; status=1; }
done
# The commands as CLI11 lists them: the indented names under "Subcommands:".
commands="$("$cli" --help | sed -n '/^Subcommands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')"
[[ -n "$commands" ]] || { echo "no commands found in --help"; exit 1; }
text="$(zcat "$man_dir/nl/herstelspiegel-cli.1.gz")"
for command in $commands; do
  escaped="${command//-/\\\\-}"
  grep -q "^\.B[I]* $escaped\b" <<<"$text" || { echo "nl/herstelspiegel-cli.1: command $command is not described"; status=1; }
  zcat "$man_dir/herstelspiegel-cli.1.gz" | grep -q -- "^$escaped\$" || { echo "herstelspiegel-cli.1: no $command"; status=1; }
done
exit $status
