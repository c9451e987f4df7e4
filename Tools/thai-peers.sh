#!/usr/bin/env bash
# Scores Thai sentence segmentation on PUD dev (../shared/gold/pud/concat/dev, the th column of
# gold.tsv): Hexapla alone, Hexapla guided by the English edition (`segment --guide`), ICU alone
# (`--no-rules`) and PyThaiNLP's CRFCut (the usual Thai sentence segmenter, installed from PyPI
# into .build/thai-peers), all with ../shared/gold/seg/segscore.py (boundary P/R/F1).
#
# Usage: Tools/thai-peers.sh [--no-build]
set -eu
cd "$(dirname "$0")/.."
shared="${HEXAPLA_SHARED:-../shared}"
pud="$shared/gold/pud/concat/dev"
[ -f "$pud/gold.tsv" ] || { echo "error: $pud/gold.tsv not found (the gold sets live in ../shared)" >&2; exit 1; }
[ "${1:-}" = --no-build ] || swift build -c release --product hexapla >&2
bin=.build/release/hexapla
venv=.build/thai-peers
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet pythainlp python-crfsuite >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" segment --lang th -o "$work/hexapla" "$pud/th.txt"
"$bin" segment --lang th --guide "$pud/en.txt" --guide-lang en -o "$work/guided" "$pud/th.txt"
"$bin" segment --lang th --no-rules -o "$work/icu" "$pud/th.txt"
"$venv/bin/python" - "$pud" "$work" "$shared/gold/seg" <<'PY'
import csv, os, sys
pud, work, seg = sys.argv[1:4]
sys.path.insert(0, seg)
from segscore import score
from pythainlp.tokenize import crfcut
raw = [l.rstrip('\n') for l in open(os.path.join(pud, 'th.txt'), encoding='utf-8')]
table = list(csv.reader(open(os.path.join(pud, 'gold.tsv'), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
col = table[0].index('th')
gold = [row[col] for row in table[1:] if row[col].strip()]
def lines(name):
    return [l.rstrip('\n') for l in open(os.path.join(work, name), encoding='utf-8') if l.strip()]
crf = [s.strip() for line in raw for s in crfcut.segment(line) if s.strip()]
print('| Thai, PUD dev | F1 | P | R |')
print('|---|---|---|---|')
for name, pred in [('Hexapla', lines('hexapla')), ('Hexapla guided by en', lines('guided')),
                   ('ICU alone', lines('icu')), ('PyThaiNLP CRFCut', crf)]:
    r = score(raw, gold, pred)
    print('| %s | %.3f | %.3f | %.3f |' % (name, r['F1'], r['P'], r['R']))
PY
