#!/usr/bin/env bash
# Measures bilingual dictionaries against the same runs without them (issue 8: "no loss
# anywhere else"): two-text alignments of English with every PUD language that has a
# dictionary (the concatenated dev document, and the dev documents one by one, micro-averaged),
# scored with score_nway.py, plus the align gold sets through Tools/align-eval.sh.
#   Tools/dictionary-eval.sh [DICTDIR]     (default /tmp/dictx/dicts, as written by
#                                           Tools/install-dictionaries.sh)
# HEXAPLA_NO_BUILD=1 uses the release binary as it is; PUD_ONLY=1 skips the align gold sets;
# MODES=dict measures only the runs with the dictionary.
set -eu
cd "$(dirname "$0")/.."
dicts=${1:-/tmp/dictx/dicts}
pud=../shared/gold/pud
[ -n "${HEXAPLA_NO_BUILD:-}" ] || swift build -c release --product hexapla >&2
bin=.build/release/hexapla
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Strict and lax F1 of the en-X pair from score_nway.py's table.
score() { python3 "$pud/score_nway.py" "$@" --pivot en --pairs pivot | awk '$1 ~ /^en-/ {print $4, $7}'; }

printf '%-22s %-8s %8s %8s\n' set dict strictF1 laxF1
for lang in de es fr ru; do
  dict="$dicts/en-$lang.hxdict"
  [ -f "$dict" ] || { echo "no $dict; skipping en-$lang" >&2; continue; }
  # The gold restricted to the two columns.
  col=$(head -1 "$pud/concat/dev/gold.tsv" | tr '\t' '\n' | grep -nx "$lang" | cut -d: -f1)
  encol=$(head -1 "$pud/concat/dev/gold.tsv" | tr '\t' '\n' | grep -nx en | cut -d: -f1)
  cut -f1,"$encol","$col" "$pud/concat/dev/gold.tsv" >"$work/concat-gold-$lang.tsv"
  for mode in ${MODES:-none dict}; do
    flags=(--no-dictionaries)
    [ "$mode" = dict ] && flags=(--no-dictionaries --dictionary "$dict")
    "$bin" align --langs "en,$lang" --format tsv "${flags[@]}" \
      "$pud/concat/dev/en.txt" "$pud/concat/dev/$lang.txt" -o "$work/concat-$lang-$mode.tsv" 2>/dev/null
    read -r f lf <<<"$(score "$work/concat-gold-$lang.tsv" "$work/concat-$lang-$mode.tsv")"
    printf '%-22s %-8s %8s %8s\n' "pud-concat en-$lang" "$mode" "$f" "$lf"
    pairs=()
    for d in "$pud"/dev/*/; do
      id=$(basename "$d")
      cut -f1,"$encol","$col" "$d/gold.tsv" >"$work/$id-gold-$lang.tsv"
      "$bin" align --langs "en,$lang" --format tsv "${flags[@]}" \
        "$d/en.txt" "$d/$lang.txt" -o "$work/$id-$lang-$mode.tsv" 2>/dev/null
      pairs+=("$work/$id-gold-$lang.tsv" "$work/$id-$lang-$mode.tsv")
    done
    read -r f lf <<<"$(score "${pairs[@]}")"
    printf '%-22s %-8s %8s %8s\n' "pud-docs en-$lang" "$mode" "$f" "$lf"
  done
done
[ -n "${PUD_ONLY:-}" ] && exit 0
for set in mac-dev:zh-en textberg-dev:de-fr; do
  name=${set%%:*}
  dict="$dicts/${set#*:}.hxdict"
  [ "${MODES:-none}" = dict ] ||
    HEXAPLA_NO_BUILD=1 bash Tools/align-eval.sh ../shared/gold/align "$name" | tail -1 | sed 's/^/none  /'
  HEXAPLA_NO_BUILD=1 ALIGN_FLAGS="--dictionary $dict" bash Tools/align-eval.sh ../shared/gold/align "$name" \
    | tail -1 | sed 's/^/dict  /'
done
