#!/usr/bin/env bash
# Scores `hexapla segment` on the sentence-boundary gold in ../shared/gold/seg (and Thai PUD).
# Usage: Tools/seg-eval.sh [--errors N] [--no-build] [--plain]   (HEXAPLA_BIN=PATH scores that binary)
#   --errors N  also print N boundary errors per set (FP = wrong split, FN = missed boundary)
#   --plain     segment with ICU alone (--no-rules), for comparison
# Prints per set (the 14 of manifest.tsv, then every other LANG/NAME.gold there): F1, precision,
# recall, the best peer from PEERS.md (plain ICU, `--no-rules`, for a set no peer covers); then the
# mean over all sets, and over the manifest's 14 alone. Then the
# same figures on PUD dev (../shared/gold/pud/concat/dev) for every language, Thai included
# (its gold is the th column of gold.tsv), on its own and with the English edition as guide
# (`hexapla segment --guide`); --errors lists Thai's errors there (unguided).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
shared="${HEXAPLA_SHARED:-$root/../shared}"
gold="$shared/gold/seg"
[ -d "$gold" ] || { echo "error: $gold not found (the gold sets live in ../shared)" >&2; exit 1; }
build=1; errors=0; extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --errors) errors="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --plain) extra+=(--no-rules); shift ;;
    *) echo "usage: Tools/seg-eval.sh [--errors N] [--no-build] [--plain]" >&2; exit 2 ;;
  esac
done
if [ "$build" = 1 ]; then swift build -c release --product hexapla >&2; fi
bin="${HEXAPLA_BIN:-$root/.build/release/hexapla}"  # HEXAPLA_BIN: another build to score
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# The manifest's sets first, then the others (the eight added later), as LANG/NAME.
sets=$(tail -n +2 "$gold/manifest.tsv" | cut -f1,2 | tr '\t' /)
for path in "$gold"/*/*.gold; do
  set=${path#"$gold"/}; set=${set%.gold}
  case $'\n'"$sets"$'\n' in *$'\n'"$set"$'\n'*) ;; *) sets="$sets"$'\n'"$set" ;; esac
done
printf '%s\n' "$sets" > "$work/sets"
while IFS=/ read -r lang name; do
  [ -n "$lang" ] || continue
  "$bin" segment --lang "$lang" ${extra[@]+"${extra[@]}"} -o "$work/$lang.$name.pred" "$gold/$lang/$name.txt"
  "$bin" segment --lang "$lang" --no-rules -o "$work/$lang.$name.icu" "$gold/$lang/$name.txt"
done < "$work/sets"

pud="$shared/gold/pud/concat/dev"
if [ -f "$pud/gold.tsv" ]; then
  for lang in $(head -1 "$pud/gold.tsv" | cut -f2-); do
    "$bin" segment --lang "$lang" ${extra[@]+"${extra[@]}"} -o "$work/$lang.pud.pred" "$pud/$lang.txt"
    if [ "$lang" != en ]; then
      "$bin" segment --lang "$lang" ${extra[@]+"${extra[@]}"} --guide "$pud/en.txt" --guide-lang en \
        -o "$work/$lang.pud.guided" "$pud/$lang.txt"
    fi
  done
fi

python3 - "$gold" "$work" "$errors" "$pud" <<'PY'
import csv, os, re, sys
gold, work, nerr, pud = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, gold)
from segscore import score

def read(path):
    with open(path, encoding='utf-8') as f:
        return [l.rstrip('\n') for l in f]

peers = {}
for line in read(os.path.join(gold, 'PEERS.md')):
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    if line.startswith('| lang/set'):
        header = cells
    elif line.startswith('|') and '/' in cells[0] and not cells[0].startswith('mean'):
        values = {}
        for h, c in zip(header[1:], cells[1:]):
            c = c.strip('*')
            try: values[h] = float(c)
            except ValueError: pass
        if values:
            best = max(values, key=values.get)
            peers[cells[0]] = (values[best], best)

print('| set | F1 | P | R | best peer | Δ |')
print('|---|---|---|---|---|---|')
f1s = []
manifest = {tuple(l.split('\t')[:2]) for l in read(os.path.join(gold, 'manifest.tsv'))[1:] if l.strip()}
older = []
for key in [l for l in read(os.path.join(work, 'sets')) if l.strip()]:
    lang, name = key.split('/')
    raw = read(os.path.join(gold, lang, name + '.txt'))
    g = [l for l in read(os.path.join(gold, lang, name + '.gold')) if l.strip()]
    p = [l for l in read(os.path.join(work, '%s.%s.pred' % (lang, name))) if l.strip()]
    r = score(raw, g, p, nerr)
    f1s.append(r['F1'])
    if (lang, name) in manifest:
        older.append(r['F1'])
    if key not in peers:
        icu = [l for l in read(os.path.join(work, '%s.%s.icu' % (lang, name))) if l.strip()]
        peers[key] = (score(raw, g, icu)['F1'], 'icu (no peer)')
    peer, who = peers[key]
    # PEERS.md gives its figures to three decimals: a set is compared with one at that
    # precision (measured live, not rounded, when no peer covers it and plain ICU stands in).
    ours = r['F1'] if who.startswith('icu') else round(r['F1'], 3)
    mark = '' if ours >= peer - 1e-9 else '  ← below'
    print('| %s | %.3f | %.3f | %.3f | %.3f %s | %+.3f%s |' % (key, r['F1'], r['P'], r['R'], peer, who, r['F1'] - peer, mark))
    for e in r.get('errors', []):
        print('    %s  …%s ‖ %s…' % (e['kind'], e['left'], e['right']))
print('| mean of %d sets | %.3f | | | | |' % (len(f1s), sum(f1s) / len(f1s)))
if older and len(older) < len(f1s):
    print('| mean of the %d manifest sets | %.3f | | | | |' % (len(older), sum(older) / len(older)))

gold_tsv = os.path.join(pud, 'gold.tsv')
if os.path.exists(gold_tsv):
    table = list(csv.reader(open(gold_tsv, encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
    print()
    print('PUD dev, one document per line (concat/dev/LANG.txt vs the gold.tsv column):')
    print('| lang | F1 | P | R | gold boundaries | F1 guided by en |')
    print('|---|---|---|---|---|---|')
    for col, lang in enumerate(table[0]):
        pred = os.path.join(work, lang + '.pud.pred')
        if col == 0 or not os.path.exists(pred):
            continue
        g = [row[col] for row in table[1:] if row[col].strip()]
        raw = read(os.path.join(pud, lang + '.txt'))
        r = score(raw, g, [l for l in read(pred) if l.strip()], nerr if lang == 'th' else 0)
        guided = pred[:-len('.pred')] + '.guided'
        gf1 = '%.3f' % score(raw, g, [l for l in read(guided) if l.strip()])['F1'] if os.path.exists(guided) else '-'
        print('| %s | %.3f | %.3f | %.3f | %d | %s |' % (lang, r['F1'], r['P'], r['R'], r['gold_boundaries'], gf1))
        for e in r.get('errors', []):
            print('    %s  …%s ‖ %s…' % (e['kind'], e['left'], e['right']))
PY
