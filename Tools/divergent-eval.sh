#!/usr/bin/env bash
# Reproduces the divergent-editions figures (issue 13): every article of
# ../shared/gold/divergent/dev aligned in all its languages at once (N-way, against gold.tsv)
# and two at a time with English (against gold.en-XX.tsv), each scored with score_nway.py
# (strict and lax P/R/F1 per pair with English, micro-averaged over the articles).
#
# Usage: Tools/divergent-eval.sh [DIVERGENT_DIR]   (default ../shared/gold/divergent/dev; needs python3)
#   PAIRS=0 skips the two-at-a-time runs; LANGS="zh fr" limits them to some languages.
set -eu
cd "$(dirname "$0")/.."
set_dir=${1:-../shared/gold/divergent/dev}
scorer=${SCORER:-../shared/gold/pud/score_nway.py}
out=.build/divergent-eval
[ -d "$set_dir" ] || { echo "error: no divergent gold at $set_dir (pass its directory)" >&2; exit 1; }
[ -f "$scorer" ] || { echo "error: no scorer at $scorer (set SCORER)" >&2; exit 1; }

swift build -c release --product hexapla >&2
hexapla=.build/release/hexapla
rm -rf "$out"
mkdir -p "$out/nway" "$out/pairs"

articles=()
for dir in "$set_dir"/*/; do [ -f "$dir/gold.tsv" ] && articles+=("$(basename "$dir")"); done
[ ${#articles[@]} -gt 0 ] || { echo "error: no articles with gold.tsv in $set_dir" >&2; exit 1; }

# N-way: every edition of an article at once, English first (the pivot).
nway=()
for id in "${articles[@]}"; do
  langs=$(head -1 "$set_dir/$id/gold.tsv" | cut -f2- | tr '\t' ' ')
  files=()
  for lang in $langs; do files+=("$set_dir/$id/$lang.txt"); done
  "$hexapla" align --no-dictionaries --langs "$(echo "$langs" | tr ' ' ',')" --format tsv -o "$out/nway/$id.tsv" "${files[@]}" 2>/dev/null
  nway+=("$set_dir/$id/gold.tsv" "$out/nway/$id.tsv")
done
echo "== divergent dev, ${#articles[@]} articles, all editions at once (strict/lax F1 with en)"
python3 "$scorer" "${nway[@]}" --pivot en --pairs pivot

[ "${PAIRS:-1}" = 0 ] && exit 0
langs=${LANGS:-$(head -1 "$set_dir/${articles[0]}/gold.tsv" | cut -f3- | tr '\t' ' ')}
for lang in $langs; do
  pairs=()
  for id in "${articles[@]}"; do
    gold="$set_dir/$id/gold.en-$lang.tsv"
    [ -f "$gold" ] || continue
    "$hexapla" align --no-dictionaries --langs "en,$lang" --format tsv -o "$out/pairs/$id.en-$lang.tsv" \
      "$set_dir/$id/en.txt" "$set_dir/$id/$lang.txt" 2>/dev/null
    pairs+=("$gold" "$out/pairs/$id.en-$lang.tsv")
  done
  echo "== divergent dev, two at a time: en-$lang"
  python3 "$scorer" "${pairs[@]}" --pivot en --pairs pivot | grep -E "en-$lang|^ *pair" || true
done
