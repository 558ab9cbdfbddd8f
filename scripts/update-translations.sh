#!/usr/bin/env bash
# Updates the translation sources from the code (lupdate over ui/ and app/gui/) and reports every
# entry still to translate. Run it after adding or changing user-visible strings, translate what
# it lists in resources/translations/changerisk_de.ts (plural forms also in changerisk_en.ts),
# run it again until it reports nothing. Exit code 1 while entries are unfinished.
# TS_OUT_DIR=DIR updates copies in DIR and leaves the committed files alone: the test
# tests/ui/i18n/ts_file_test.cpp does that and fails on any gap.
set -euo pipefail
cd "$(dirname "$0")/.."

LUPDATE="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
TS_DIR=resources/translations
SOURCES=(ui app/gui)
# -locations none: line numbers would change on every edit by anyone; contexts are enough.
OPTIONS=(-recursive -no-obsolete -locations none -silent)

out="${TS_OUT_DIR:-$TS_DIR}"
if [ "$out" != "$TS_DIR" ]; then
    mkdir -p "$out"
    cp "$TS_DIR"/changerisk_de.ts "$TS_DIR"/changerisk_en.ts "$out"/
fi
"$LUPDATE" "${OPTIONS[@]}" "${SOURCES[@]}" -ts "$out/changerisk_de.ts"
"$LUPDATE" "${OPTIONS[@]}" -pluralonly "${SOURCES[@]}" -ts "$out/changerisk_en.ts"

# Report: context and (first line of the) source text of each unfinished message. lupdate
# writes one element per line, so a line-based scan is enough.
status=0
for ts in "$out"/changerisk_de.ts "$out"/changerisk_en.ts; do
    report=$(awk '
        /<name>/ { ctx = $0; gsub(/.*<name>|<\/name>.*/, "", ctx) }
        /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
        /<translation type="unfinished"/ { print "  [" ctx "] " src }' "$ts")
    total=$(grep -c '<message' "$ts" || true)
    if [ -n "$report" ]; then
        echo "$ts: $(printf '%s\n' "$report" | wc -l) of $total messages unfinished:"
        printf '%s\n' "$report"
        status=1
    else
        echo "$ts: all $total messages translated"
    fi
done
exit $status
