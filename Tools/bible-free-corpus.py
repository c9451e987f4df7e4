#!/usr/bin/env python3
"""The free Bible dev set (../shared/gold/bible/free) aligned as one corpus per language pair.

    Tools/bible-free-corpus.py --bin PATH/TO/hexapla [--flags "--no-corpus-lexicon"] [--langs vi,ne,...]

Like the set's run_pairs.py (en with each other edition, scored the same way with
../shared/gold/pud/score_nway.py against gold.en-xx.tsv), but every chapter of a pair goes through
one `hexapla align --corpus DIR --pivot en --format tsv` run, so that corpus-level options
(the corpus lexicon) see all chapters. Prints strict F1 (lax) per pair and the mean.
"""
import argparse, json, os, shlex, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', '..', 'shared', 'gold', 'bible', 'free')
SCORER = os.path.join(GOLD, '..', '..', 'pud', 'score_nway.py')
LANGS = 'vi hi ne ta he fa lo th sw uk ka hy ja'.split()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', required=True)
    ap.add_argument('--flags', default='')
    ap.add_argument('--langs', default=','.join(LANGS))
    ap.add_argument('--gold', default=GOLD)
    a = ap.parse_args()
    gold = os.path.abspath(a.gold)
    scorer = os.path.join(gold, '..', '..', 'pud', 'score_nway.py')
    work = tempfile.mkdtemp(prefix='bible-corpus-')
    docs = sorted(d for d in os.listdir(gold) if os.path.isfile(os.path.join(gold, d, 'gold.tsv')))
    means = []
    print('| pair | chapters | strict F1, gold.en-xx.tsv (lax) |')
    print('|---|---|---|')
    for x in a.langs.split(','):
        corpus = os.path.join(work, 'corpus-' + x)
        out = os.path.join(work, 'out-' + x)
        for d in docs:
            os.makedirs(os.path.join(corpus, d))
            for lang in ('en', x):
                os.symlink(os.path.join(gold, d, f'{lang}.txt'), os.path.join(corpus, d, f'{lang}.txt'))
        r = subprocess.run([a.bin, 'align', '--corpus', corpus, '--pivot', 'en', '--format', 'tsv',
                            *shlex.split(a.flags), '-o', out], capture_output=True, text=True)
        if r.returncode:
            print(f'en-{x}: rc={r.returncode} {r.stderr.strip()[-300:]}', file=sys.stderr)
        pairs = [d for d in docs if os.path.isfile(os.path.join(out, f'{d}.tsv'))]
        args = [p for d in pairs for p in (os.path.join(gold, d, f'gold.en-{x}.tsv'), os.path.join(out, f'{d}.tsv'))]
        if not args:
            continue
        r = subprocess.run([sys.executable, scorer, *args, '--pivot', 'en', '--pairs', 'pivot',
                            '--langs', f'en,{x}', '--json'], capture_output=True, text=True, check=True)
        m = json.loads(r.stdout)['pairs'][f'en-{x}']
        means.append(m['F1_strict'])
        print(f"| en-{x} | {len(pairs)} | {m['F1_strict']:.3f} ({m['F1_lax']:.3f}) |")
    if means:
        print(f'| mean | | {sum(means) / len(means):.3f} |')


if __name__ == '__main__':
    main()
