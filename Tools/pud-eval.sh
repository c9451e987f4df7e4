#!/usr/bin/env bash
# Reproduces the N-way evaluation on Parallel Universal Dependencies (issue 7): every dev
# document aligned in its 21 languages from raw text (segmentation included), then the whole
# dev half as one long document per language, each scored with score_nway.py for every
# language pair (strict and lax P/R/F1, Vecalign's definition).
#
# Usage: Tools/pud-eval.sh [PUD_DIR]   (default ../shared/gold/pud; needs python3)
set -eu
cd "$(dirname "$0")/.."
pud=${1:-../shared/gold/pud}
out=.build/pud-eval
[ -d "$pud/dev" ] || { echo "error: no PUD gold at $pud (pass its directory)" >&2; exit 1; }

# HEXAPLA_NO_BUILD=1 uses the binary as it is; HEXAPLA_BIN=PATH scores another one; PUD_FLAGS
# are added to the corpus run of the documents (PUD_FLAGS=--no-corpus-lexicon); PUD_OUT moves the output.
[ -n "${HEXAPLA_NO_BUILD:-}" ] || swift build -c release --product hexapla >&2
hexapla=${HEXAPLA_BIN:-.build/release/hexapla}
out=${PUD_OUT:-$out}
rm -rf "$out"
mkdir -p "$out/docs"

# Documents: DIR/ID/LANG.txt is a corpus; English is the pivot.
"$hexapla" align --no-dictionaries --corpus "$pud/dev" --pivot en --format tsv -o "$out/docs" --force ${PUD_FLAGS:-}
pairs=()
for gold in "$pud"/dev/*/gold.tsv; do
  id=$(basename "$(dirname "$gold")")
  pairs+=("$gold" "$out/docs/$id.tsv")
done
echo "== PUD dev, $(( ${#pairs[@]} / 2 )) documents (micro-averaged)"
python3 "$pud/score_nway.py" "${pairs[@]}" --pivot en --pairs both

# Concatenated: one long document per language, in the gold's column order.
langs=$(head -1 "$pud/concat/dev/gold.tsv" | cut -f2- | tr '\t' ',')
files=()
for lang in ${langs//,/ }; do files+=("$pud/concat/dev/$lang.txt"); done
"$hexapla" align --no-dictionaries --langs "$langs" --pivot en --format tsv -o "$out/concat.tsv" "${files[@]}"
echo "== PUD dev concatenated (one document per language)"
python3 "$pud/score_nway.py" "$pud/concat/dev/gold.tsv" "$out/concat.tsv" --pivot en --pairs both
