#!/usr/bin/env bash
# Aligns every document of the gold sets (presegmented, no dictionary, default settings) and
# prints strict and lax F1 and the 1-0/0-1 bead F1 per set, scored by `hexapla eval` and
# cross-checked with the set's score.py.
#   Tools/align-eval.sh [GOLDROOT] [SET...]     (default: ../shared/gold/align textberg-dev mac-dev)
# Extra aligner flags can be passed in ALIGN_FLAGS (for instance ALIGN_FLAGS="--dictionary d.tsv");
# HEXAPLA_NO_BUILD=1 uses the release binary as it is; HEXAPLA_BIN=PATH scores another binary (with HEXAPLA_NO_BUILD=1).
# CORPUS=1 aligns each set as one corpus (`align --corpus`, the source language as pivot, with the
# corpus-level lexicon unless ALIGN_FLAGS=--no-corpus-lexicon) instead of a document at a time.
set -eu
cd "$(dirname "$0")/.."
root="${1:-../shared/gold/align}"
shift || true
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(textberg-dev mac-dev)
[ -n "${HEXAPLA_NO_BUILD:-}" ] || swift build -c release --product hexapla >&2
bin=${HEXAPLA_BIN:-.build/release/hexapla}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-14s %5s %6s %6s %6s %6s %9s %8s  %s\n' set docs P R F1 laxF1 "1-0/0-1F1" seconds "score.py"
for set in "${sets[@]}"; do
  dir="$root/$set"
  # "Language pair: zh (src) -> en (tgt)" in the set's README.
  pair=$(grep -m1 '^Language pair:' "$dir/README" | sed -E 's/.*: *([A-Za-z-]+) \(src\) *-> *([A-Za-z-]+).*/\1,\2/')
  mkdir -p "$work/$set"
  start=$(date +%s.%N)
  docs=0
  if [ -n "${CORPUS:-}" ]; then
    # The set as a corpus directory: DOC/SRC.txt and DOC/TGT.txt.
    src=${pair%,*}
    tgt=${pair#*,}
    mkdir -p "$work/corpus-$set" "$work/out-$set"
    for doc in $(ls "$dir"); do
      [ -f "$dir/$doc/gold.txt" ] || continue
      mkdir -p "$work/corpus-$set/$doc"
      ln -s "$(cd "$dir/$doc" && pwd)/src.txt" "$work/corpus-$set/$doc/$src.txt"
      ln -s "$(cd "$dir/$doc" && pwd)/tgt.txt" "$work/corpus-$set/$doc/$tgt.txt"
      docs=$((docs + 1))
    done
    # shellcheck disable=SC2086
    $bin align --corpus "$work/corpus-$set" --pivot "$src" --presegmented --format beads --unpaired keep \
      --no-dictionaries ${ALIGN_FLAGS:-} -o "$work/out-$set" >/dev/null 2>&1
    for file in "$work/out-$set"/*.beads; do mv "$file" "$work/$set/$(basename "$file" .beads).txt"; done
  fi
  for doc in $(ls "$dir"); do
    [ -z "${CORPUS:-}" ] || break
    [ -f "$dir/$doc/gold.txt" ] || continue
    # shellcheck disable=SC2086
    $bin align --presegmented --langs "$pair" --format beads --unpaired keep --no-dictionaries ${ALIGN_FLAGS:-} \
      "$dir/$doc/src.txt" "$dir/$doc/tgt.txt" -o "$work/$set/$doc.txt" 2>/dev/null
    docs=$((docs + 1))
  done
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  table=$($bin eval --gold-dir "$dir" --pred-dir "$work/$set")
  read -r p lp <<<"$(echo "$table" | awk '/^Precision/ {print $2, $3}')"
  read -r r lr <<<"$(echo "$table" | awk '/^Recall/ {print $2, $3}')"
  read -r f lf <<<"$(echo "$table" | awk '/^F1/ {print $2, $3}')"
  skip=$(echo "$table" | awk '/^1-0\/0-1/ {print $8}')
  check="n/a"
  if command -v python3 >/dev/null && [ -f "$root/score.py" ]; then
    reference=$(python3 "$root/score.py" --sum-dirs "$dir" "$work/$set" | awk '/^F1/ {print $2, $3}')
    if [ "$reference" = "$f $lf" ]; then check="same"; else check="DIFFERS ($reference)"; fi
  fi
  printf '%-14s %5s %6s %6s %6s %6s %9s %8.1f  %s\n' "$set" "$docs" "$p" "$r" "$f" "$lf" "$skip" "$seconds" "$check"
done
