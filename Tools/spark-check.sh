#!/usr/bin/env bash
# Runs Tools/spark-align.py in Spark's local mode (local[2]) over the example corpora in
# Alignments/examples/ and checks that the TMX that `hexapla export` merges from Spark's
# output equals, unit for unit, what `hexapla align --corpus ... --merge` writes for the same
# articles. Installs what it needs: Java (Debian's default-jre-headless, with apt-get) when
# there is none, and PySpark from PyPI in a virtual environment ($HEXAPLA_SPARK_VENV, default
# ~/.cache/hexapla/spark-venv). Prints the unit count and the wall time.
#
# Usage: Tools/spark-check.sh [extra align options, such as --pivot en]
set -eu
cd "$(dirname "$0")/.."
started=$(date +%s.%N)
date=2026-01-01T00:00:00Z

if ! command -v java >/dev/null 2>&1; then
  echo "spark-check: installing Java (default-jre-headless)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2 && apt-get install -y -q default-jre-headless >&2
fi
venv=${HEXAPLA_SPARK_VENV:-$HOME/.cache/hexapla/spark-venv}
if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
  echo "spark-check: installing PySpark into $venv" >&2
  if ! python3 -m venv "$venv" 2>/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2 && apt-get install -y -q python3-venv >&2
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install -q pyspark >&2
fi

swift build -c release --product hexapla >&2
hexapla=$PWD/.build/release/hexapla

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One corpus of both examples (PUD news in 11 languages, the Book of Ruth), as links.
mkdir -p "$work/corpus" "$work/records"
for file in Alignments/examples/pud/*.txt Alignments/examples/bible/*.txt; do
  ln -s "$PWD/$file" "$work/corpus/$(basename "$file")"
done
"$hexapla" records "$work/corpus" -o "$work/all.jsonl" 2>/dev/null
# Two record files, so Spark reads several inputs into several partitions.
half=$(( ($(wc -l < "$work/all.jsonl") + 1) / 2 ))
split -d -l "$half" --additional-suffix=.jsonl "$work/all.jsonl" "$work/records/part-"

"$hexapla" align --corpus "$work/corpus" --merge --date "$date" "$@" -o "$work/expected.tmx" 2>/dev/null
PYSPARK_PYTHON="$venv/bin/python" "$venv/bin/python" Tools/spark-align.py --master 'local[2]' \
  --hexapla "$hexapla" "$work/records" "$work/spark-out" -- "$@"
"$hexapla" export --keep-unpaired --date "$date" -o "$work/spark.tmx" "$work"/spark-out/part-*
result=$(python3 Tools/tmx-units-compare.py --tuids "$work/expected.tmx" "$work/spark.tmx") || {
  echo "spark-check: FAILED: $result" >&2
  exit 1
}
elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
printf 'spark-check: passed: %s (Spark local[2] vs align --corpus --merge); wall time %.1f s\n' "$result" "$elapsed"
