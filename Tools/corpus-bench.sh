#!/usr/bin/env bash
# Corpus and record-stream throughput (Tools/bench.sh corpus): 10,000 small articles made from
# the PUD and Bible gold in ../shared (Tools/small-articles.py), aligned in one run by
#   align --corpus DIR --merge --format jsonl --jobs 1   (the baseline)
#   align --corpus DIR --merge --format jsonl --jobs 2
#   align --records --jobs 2 < records                   (the same articles as records)
# and prints articles/s of each, the 2-worker / 1-worker ratio and records / corpus (target
# >= 0.90). The records output must equal the corpus output byte for byte.
#
# Usage: Tools/corpus-bench.sh [--articles N] [--jobs N]
set -eu
cd "$(dirname "$0")/.."
articles=10000
jobs=2
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    *) echo "usage: Tools/corpus-bench.sh [--articles N] [--jobs N]" >&2; exit 2 ;;
  esac
done
[ -d ../shared/gold/pud ] || { echo "corpus-bench: needs ../shared (PUD and Bible gold)" >&2; exit 2; }
swift build -c release --product hexapla >&2
hexapla=.build/release/hexapla
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Tools/small-articles.py ../shared "$work/corpus" --articles "$articles"
"$hexapla" records "$work/corpus" -o "$work/records.jsonl" 2>/dev/null
echo "records: $(wc -c < "$work/records.jsonl") bytes" >&2

# Seconds of wall time of a command (its output to a file, its notes to stderr.log).
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" 2>>"$work/stderr.log"
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}
# $1 / $2 with $3 decimals.
ratio() { awk -v a="$1" -v b="$2" -v d="$3" 'BEGIN { printf "%.*f", d, a / b }'; }
rate() { ratio "$articles" "$1" 1; }

date=2026-01-01T00:00:00Z
one=$(seconds "$hexapla" align --corpus "$work/corpus" --merge --format jsonl --date "$date" --jobs 1 -o "$work/one.jsonl")
many=$(seconds "$hexapla" align --corpus "$work/corpus" --merge --format jsonl --date "$date" --jobs "$jobs" -o "$work/corpus.jsonl")
records=$(seconds "$hexapla" align --records --date "$date" --jobs "$jobs" --input "$work/records.jsonl" -o "$work/records-out.jsonl")
cmp -s "$work/corpus.jsonl" "$work/records-out.jsonl" || { echo "corpus-bench: records output differs from corpus output" >&2; exit 1; }
cmp -s "$work/corpus.jsonl" "$work/one.jsonl" || { echo "corpus-bench: 1-worker output differs from $jobs-worker output" >&2; exit 1; }

printf 'corpus  --jobs 1:      %6.1f s  %7s articles/s\n' "$one" "$(rate "$one")"
printf 'corpus  --jobs %s:      %6.1f s  %7s articles/s  (x%s of 1 worker)\n' "$jobs" "$many" "$(rate "$many")" \
  "$(ratio "$one" "$many" 2)"
printf 'records --jobs %s:      %6.1f s  %7s articles/s  (%s of corpus; target >= 0.90)\n' "$jobs" "$records" \
  "$(rate "$records")" "$(ratio "$many" "$records" 3)"
echo "$articles articles, $(wc -l < "$work/corpus.jsonl") units; outputs identical"
