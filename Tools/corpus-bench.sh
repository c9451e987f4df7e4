#!/usr/bin/env bash
# Corpus and record-stream throughput (Tools/bench.sh corpus): 10,000 small articles made from
# the PUD and Bible gold in ../shared (Tools/small-articles.py), aligned in one run by
#   align --corpus DIR --merge --format jsonl --jobs 1   (the baseline)
#   align --corpus DIR --merge --format jsonl --jobs 2
#   align --records --jobs 2 < records                   (the same articles as records)
# (the last two alternating, --repeat times, default 2, best of each) and prints wall and CPU
# time and articles/s of each, the 2-worker / 1-worker ratio and records / corpus (target
# >= 0.90). The records output must equal the corpus output byte for byte.
#
# Usage: Tools/corpus-bench.sh [--articles N] [--jobs N] [--repeat N]
set -eu
cd "$(dirname "$0")/.."
articles=10000
jobs=2
repeat=2
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) echo "usage: Tools/corpus-bench.sh [--articles N] [--jobs N] [--repeat N]" >&2; exit 2 ;;
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

# "WALL CPU" seconds of a command (its notes to stderr.log): CPU time (user + system) shows the
# work done whatever else the machine runs; wall time is what a user waits.
measure() {
  python3 -c '
import resource, subprocess, sys, time
start = time.time()
with open(sys.argv[1], "a") as log:
    subprocess.run(sys.argv[2:], stderr=log, check=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{time.time() - start:.2f} {usage.ru_utime + usage.ru_stime:.2f}")' "$work/stderr.log" "$@"
}
# $1 / $2 with $3 decimals.
ratio() { awk -v a="$1" -v b="$2" -v d="$3" 'BEGIN { printf "%.*f", d, a / b }'; }
rate() { ratio "$articles" "$1" 1; }
# The smaller of two numbers.
least() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a < b) ? a : b }'; }

date=2026-01-01T00:00:00Z
read -r one one_cpu < <(measure "$hexapla" align --corpus "$work/corpus" --merge --format jsonl --date "$date" --jobs 1 -o "$work/one.jsonl")
# Corpus and records runs alternate, --repeat times each; the best wall time of each counts, so
# a burst of load from elsewhere on the machine hits both alike.
many="" many_cpu="" records="" records_cpu=""
for _ in $(seq "$repeat"); do
  read -r wall cpu < <(measure "$hexapla" align --corpus "$work/corpus" --merge --format jsonl --date "$date" --jobs "$jobs" -o "$work/corpus.jsonl")
  many=$(least "$wall" "$many"); many_cpu=$(least "$cpu" "$many_cpu")
  read -r wall cpu < <(measure "$hexapla" align --records --date "$date" --jobs "$jobs" --input "$work/records.jsonl" -o "$work/records-out.jsonl")
  records=$(least "$wall" "$records"); records_cpu=$(least "$cpu" "$records_cpu")
done
cmp -s "$work/corpus.jsonl" "$work/records-out.jsonl" || { echo "corpus-bench: records output differs from corpus output" >&2; exit 1; }
cmp -s "$work/corpus.jsonl" "$work/one.jsonl" || { echo "corpus-bench: 1-worker output differs from $jobs-worker output" >&2; exit 1; }

printf 'corpus  --jobs 1: %6.1f s wall %6.1f s CPU %7s articles/s\n' "$one" "$one_cpu" "$(rate "$one")"
printf 'corpus  --jobs %s: %6.1f s wall %6.1f s CPU %7s articles/s  (x%s of 1 worker)\n' "$jobs" "$many" "$many_cpu" \
  "$(rate "$many")" "$(ratio "$one" "$many" 2)"
printf 'records --jobs %s: %6.1f s wall %6.1f s CPU %7s articles/s  (%s of corpus by wall time, %s by CPU time; target >= 0.90)\n' \
  "$jobs" "$records" "$records_cpu" "$(rate "$records")" "$(ratio "$many" "$records" 3)" "$(ratio "$many_cpu" "$records_cpu" 3)"
echo "$articles articles, $(wc -l < "$work/corpus.jsonl") units; outputs identical"
