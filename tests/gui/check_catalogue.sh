#!/usr/bin/env bash
# Every message of the program has a Dutch translation, with matching placeholders.
set -euo pipefail
root="$1"
pot="$(mktemp --suffix=.pot)"
trap 'rm -f "$pot"' EXIT
cd "$root"
xgettext --from-code=UTF-8 --language=C++ --keyword=_ --keyword=tr --keyword=trf --keyword=N_ --keyword=wxPLURAL:1,2 \
  -o "$pot" $(find src -name '*.cpp' -o -name '*.h' | sort)
msgcmp src/gui/po/nl.po "$pot"
# Source strings are plain ASCII: wxWidgets converts a _() source string with the C library's locale, which
# mangles or blanks anything else on a PC without the Dutch locale (typographic characters go in the catalogue).
if grep -n -P '^msgid(_plural)? .*[^\x00-\x7f]|^"[^"]*[^\x00-\x7f]' "$pot"; then
  echo "message source strings above are not ASCII"; exit 1
fi
msgfmt --check -o /dev/null src/gui/po/nl.po
# %1..%9 placeholders survive translation.
/usr/bin/python3 - src/gui/po/nl.po <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
bad = 0
for block in text.split("\n\n"):
    ids = re.findall(r'^msgid "(.*)"', block, re.M)
    strs = re.findall(r'^msgstr(?:\[0\])? "(.*)"', block, re.M)
    if not ids or not ids[0] or not strs:
        continue
    full_id = "".join(re.findall(r'"(.*)"', block.split("msgstr")[0]))
    full_str = "".join(re.findall(r'"(.*)"', block.split("msgstr")[1]))
    if sorted(re.findall(r"%\d", full_id)) != sorted(re.findall(r"%\d", full_str)):
        print("placeholders differ:", full_id)
        bad += 1
sys.exit(1 if bad else 0)
PY
echo "catalogue complete"
