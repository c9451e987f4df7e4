#!/usr/bin/env bash
# Regenerates the example corpora in Alignments/ from Alignments/examples/ with a pinned TMX
# creation date, so the files are byte-identical from run to run (see Alignments/README.md).
#
# Usage: Tools/regenerate-alignments.sh
set -eu
cd "$(dirname "$0")/.."
date=2026-01-01T00:00:00Z

swift build -c release --product hexapla >&2
hexapla=.build/release/hexapla

# PUD news excerpts, 11 languages: one TMX per article, and all of them in one TMX.
"$hexapla" align --no-dictionaries --corpus Alignments/examples/pud --pivot en --date "$date" --force -o Alignments/pud
"$hexapla" align --no-dictionaries --corpus Alignments/examples/pud --pivot en --date "$date" --merge -o Alignments/pud-news.tmx

# The Book of Ruth, English and Spanish.
mkdir -p Alignments/bible
"$hexapla" align --no-dictionaries --format tmx --date "$date" -o Alignments/bible/ruth.en-es.tmx \
  Alignments/examples/bible/ruth.en.txt Alignments/examples/bible/ruth.es.txt
