#!/usr/bin/env bash
# Writes TMX files with the built hexapla, the nasty cases included (emoji, RTL, combining marks,
# control characters, CR, ']]>', '&', 4 languages per unit, a unit with a missing language, UTF-16
# and inline-markup inputs), and runs the real-reader checker ../shared/tmx/tmxcheck on each.
# Usage: Tools/tmx-check.sh [--keep DIR]   (TMXCHECK=path overrides the checker)
set -eu
cd "$(dirname "$0")/.."
check=${TMXCHECK:-../shared/tmx/tmxcheck}
if [ ! -x "$check" ]; then
  echo "error: $check not found (it comes with ../shared; see ../shared/tmx/README.md)" >&2
  exit 1
fi
keep=""
if [ "${1:-}" = "--keep" ]; then keep=$2; mkdir -p "$keep"; fi

swift build --product hexapla >&2
hexapla="$(swift build --show-bin-path)/hexapla"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fixtures=Tests/HexaplaCLITests/Fixtures
export SOURCE_DATE_EPOCH=1767225600

# The nasty cases, from JSON lines (the only input that can carry control characters).
"$hexapla" export -o "$out/nasty.tmx" "$fixtures/nasty.jsonl" 2>>"$out/log"
"$hexapla" export --keep-unpaired -o "$out/nasty-unpaired.tmx" "$fixtures/nasty.jsonl" 2>>"$out/log"
# Merged memories from other tools (legacy lang attributes, a header note, inline markup).
"$hexapla" export -o "$out/merged.tmx" "$fixtures/news-a.tmx" "$fixtures/news-b.tmx" 2>>"$out/log"
# (English first: lt-tmxcomp takes the pair as SRC-TGT and splits it at the first '-', so it cannot
# name zh-Hans as the source language; that is a limit of lt-tmxcomp's command line, not of the TMX.)
"$hexapla" export --langs en,zh-Hans --dedupe -o "$out/en-zh.tmx" "$fixtures/news-a.tmx" "$fixtures/news-b.tmx" 2>>"$out/log"
# With a DOCTYPE line (the DTD is not next to the file: readers must not need it).
"$hexapla" export --doctype --keep-unpaired -o "$out/doctype.tmx" "$fixtures/nasty.jsonl" 2>>"$out/log"
# A UTF-16 (byte-order mark) input, re-exported.
python3 - "$fixtures/news-b.tmx" "$out/utf16-input.tmx.src" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read().replace('encoding="UTF-8"', 'encoding="UTF-16"')
open(sys.argv[2], "wb").write(text.encode("utf-16"))
PY
"$hexapla" export -o "$out/from-utf16.tmx" "$out/utf16-input.tmx.src" 2>>"$out/log"
# Round trip: our own output read back and written again must not change.
"$hexapla" export -o "$out/nasty-again.tmx" "$out/nasty-unpaired.tmx" 2>>"$out/log"
"$hexapla" export --keep-unpaired -o "$out/nasty-roundtrip.tmx" "$out/nasty-unpaired.tmx" 2>>"$out/log"
if ! cmp -s "$out/nasty-unpaired.tmx" "$out/nasty-roundtrip.tmx"; then
  echo "FAIL: write -> read -> write changed the file" >&2
  diff "$out/nasty-unpaired.tmx" "$out/nasty-roundtrip.tmx" >&2 || true
  exit 1
fi
# Aligned examples, when this build's `hexapla align` writes TMX: a pair, and four editions.
if "$hexapla" align --help 2>/dev/null | grep -q 'tmx'; then
  pud=Alignments/examples/pud
  "$hexapla" align --format tmx -o "$out/aligned-en-ja.tmx" "$pud/n01009.en.txt" "$pud/n01009.ja.txt" 2>>"$out/log" \
    || echo "note: hexapla align --format tmx failed" >&2
  "$hexapla" align --format tmx -o "$out/aligned-4.tmx" "$pud/n01005.en.txt" "$pud/n01005.zh.txt" \
    "$pud/n01005.ar.txt" "$pud/n01005.fr.txt" 2>>"$out/log" || echo "note: hexapla align (4 editions) failed" >&2
fi

# The example memories committed under Alignments/ (written by Tools/regenerate-alignments.sh).
find Alignments -name '*.tmx' 2>/dev/null | sort | while read -r example; do
  cp "$example" "$out/example-$(echo "$example" | tr '/' '-')"
done

status=0
for file in "$out"/*.tmx; do
  echo "== $(basename "$file")"
  "$check" "$file" || status=1
  [ -z "$keep" ] || cp "$file" "$keep/"
done
echo "== writer warnings (expected: the control characters of unit 'controls')"
sort -u "$out/log"
exit $status
