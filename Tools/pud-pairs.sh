#!/usr/bin/env bash
# Two-text alignment of English with every other PUD language, from raw text (segmentation and
# re-cutting included): the concatenated dev document per pair, scored with score_nway.py
# (strict and lax F1). With DOCS=1 also the 199 dev documents one by one (micro-averaged).
#   Tools/pud-pairs.sh [PUD_DIR]     (default ../shared/gold/pud; needs python3)
# LANGS="pl cs" limits the run to those languages. HEXAPLA_NO_BUILD=1 uses the release binary
# as it is (HEXAPLA_BIN another one); ALIGN_FLAGS adds options to every run.
set -eu
cd "$(dirname "$0")/.."
pud=${1:-../shared/gold/pud}
[ -d "$pud/concat/dev" ] || { echo "error: no PUD gold at $pud (pass its directory)" >&2; exit 1; }
[ -n "${HEXAPLA_NO_BUILD:-}" ] || swift build -c release --product hexapla >&2
bin=${HEXAPLA_BIN:-.build/release/hexapla}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
read -r -a flags <<<"--no-dictionaries ${ALIGN_FLAGS:-}"
header=$(head -1 "$pud/concat/dev/gold.tsv" | tr '\t' '\n')
column() { grep -nx "$1" <<<"$header" | cut -d: -f1; }
score() { python3 "$pud/score_nway.py" "$@" --pivot en --pairs pivot | awk '$1 ~ /^en-/ {print $4, $7}'; }
encol=$(column en)
printf '%-6s %10s %8s' pair strictF1 laxF1
[ -n "${DOCS:-}" ] && printf ' %10s %8s' docsStrict docsLax
printf '\n'
for lang in ${LANGS:-$(grep -vx -e sent_id -e en <<<"$header")}; do
  col=$(column "$lang")
  cut -f1,"$encol","$col" "$pud/concat/dev/gold.tsv" >"$work/gold-$lang.tsv"
  "$bin" align --langs "en,$lang" --format tsv "${flags[@]}" \
    "$pud/concat/dev/en.txt" "$pud/concat/dev/$lang.txt" -o "$work/$lang.tsv"
  read -r f lf <<<"$(score "$work/gold-$lang.tsv" "$work/$lang.tsv")"
  printf '%-6s %10s %8s' "en-$lang" "$f" "$lf"
  if [ -n "${DOCS:-}" ]; then
    pairs=()
    for d in "$pud"/dev/*/; do
      id=$(basename "$d")
      cut -f1,"$encol","$col" "$d/gold.tsv" >"$work/$id-gold.tsv"
      "$bin" align --langs "en,$lang" --format tsv "${flags[@]}" "$d/en.txt" "$d/$lang.txt" -o "$work/$id.tsv"
      pairs+=("$work/$id-gold.tsv" "$work/$id.tsv")
    done
    read -r f lf <<<"$(score "${pairs[@]}")"
    printf ' %10s %8s' "$f" "$lf"
  fi
  printf '\n'
done
