#!/usr/bin/env bash
# Scores `hexapla extract` on the article-extraction gold in ../shared/gold/html/readability against
# trafilatura and readability-lxml run on the same pages in the same run.
# Usage: Tools/html-eval.sh [--no-build] [--no-peers] [--pages] [--keep DIR]
#   --no-build  use the existing release build
#   --no-peers  score Hexapla only (no venv, no PyPI)
#   --pages     also print per-page precision / recall / time
#   --keep DIR  keep the extracted texts in DIR/<extractor>/<page>.txt
# The peers are installed from PyPI into a venv the script creates (.build/html-eval-venv).
# Prints per extractor: pages, empty outputs, precision, recall, F1 (../shared/gold/html/score_extract.py),
# CPU seconds per page and pages per CPU second. Hexapla runs `extract --no-headline --lang L` once per page;
# its CPU time includes process start-up.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
shared="${HEXAPLA_SHARED:-$root/../shared}"
gold="$shared/gold/html/readability"
[ -d "$gold" ] || { echo "error: $gold not found (the gold sets live in ../shared)" >&2; exit 1; }
build=1; peers=1; pages=0; keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0; shift ;;
    --no-peers) peers=0; shift ;;
    --pages) pages=1; shift ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "usage: Tools/html-eval.sh [--no-build] [--no-peers] [--pages] [--keep DIR]" >&2; exit 2 ;;
  esac
done
if [ "$build" = 1 ]; then swift build -c release --product hexapla >&2; fi
bin="$root/.build/release/hexapla"
if [ -n "$keep" ]; then mkdir -p "$keep"; work=$(cd "$keep" && pwd); else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

python=python3
extractors="hexapla"
if [ "$peers" = 1 ]; then
  venv="$root/.build/html-eval-venv"
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import trafilatura, readability' 2>/dev/null; then
    echo "creating $venv (trafilatura, readability-lxml from PyPI)" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip >&2
    "$venv/bin/pip" install -q trafilatura readability-lxml lxml_html_clean >&2
  fi
  python="$venv/bin/python"
  extractors="hexapla trafilatura readability"
fi

"$python" - "$bin" "$gold" "$work" "$pages" $extractors <<'PY'
import os, resource, subprocess, sys, time, json
bin_, gold, work, show_pages, *extractors = sys.argv[1:]
langs = dict(l.rstrip('\n').split('\t')[:2] for l in open(os.path.join(gold, 'langs.tsv'), encoding='utf-8'))
names = sorted(p for p in os.listdir(gold) if os.path.isfile(os.path.join(gold, p, 'gold.txt')))

def cpu_self():
    r = resource.getrusage(resource.RUSAGE_SELF); return r.ru_utime + r.ru_stime
def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN); return r.ru_utime + r.ru_stime

def run_hexapla(name, html_path):
    result = subprocess.run([bin_, 'extract', '--no-headline', '--lang', langs.get(name, 'en'), html_path],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        return ''
    return result.stdout

def run_trafilatura(name, html_path):
    import trafilatura
    html = open(html_path, 'rb').read()
    return trafilatura.extract(html, include_comments=False, include_tables=True) or ''

def run_readability(name, html_path):
    from readability import Document
    import lxml.html
    html = open(html_path, 'rb').read()
    summary = Document(html).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    # One line per block element, as a browser would lay it out.
    for el in tree.iter('p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote', 'tr', 'dd', 'dt',
                        'br', 'section', 'article', 'table', 'ul', 'ol', 'figure', 'header', 'footer'):
        el.tail = '\n' + (el.tail or '')
        if el.tag != 'br': el.text = '\n' + (el.text or '')
    lines = (' '.join(line.split()) for line in tree.text_content().split('\n'))
    return '\n'.join(line for line in lines if line)

runners = {'hexapla': (run_hexapla, cpu_children), 'trafilatura': (run_trafilatura, cpu_self),
           'readability': (run_readability, cpu_self)}
summary = []
per_page = {}
for extractor in extractors:
    run, clock = runners[extractor]
    out = os.path.join(work, extractor); os.makedirs(out, exist_ok=True)
    if extractor != 'hexapla':
        run(names[0], os.path.join(gold, names[0], 'source.html'))  # imports outside the timing
    total = 0.0
    for name in names:
        start = clock()
        try:
            text = run(name, os.path.join(gold, name, 'source.html'))
        except Exception as e:
            sys.stderr.write(f'{extractor}: {name}: {e}\n'); text = ''
        spent = clock() - start
        total += spent
        per_page.setdefault(name, {})[extractor] = spent
        with open(os.path.join(out, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
    score = json.loads(subprocess.run([sys.executable, os.path.join(gold, '..', 'score_extract.py'), gold, out, '--json'],
                                      capture_output=True, text=True, check=True).stdout)
    summary.append((extractor, score, total))
    for name, s in score['per_page'].items():
        per_page[name][extractor + '_score'] = s

if show_pages == '1':
    print('page\t' + '\t'.join(f'{e} P\t{e} R\t{e} ms' for e in extractors))
    for name in names:
        cells = []
        for e in extractors:
            s = per_page[name][e + '_score']
            f = lambda v: '-' if v is None else f'{v:.3f}'
            cells += [f(s['precision']), f(s['recall']), f'{1000 * per_page[name][e]:.1f}']
        print(name + '\t' + '\t'.join(cells))
print(f'{"extractor":<12} {"pages":>5} {"empty":>5} {"P":>6} {"R":>6} {"F1":>6} {"ms/page":>8} {"pages/s":>8}  (CPU time)')
for extractor, s, total in summary:
    n = s['pages']
    print(f'{extractor:<12} {n:>5} {s["empty"]:>5} {s["precision"]:>6.3f} {s["recall"]:>6.3f} {s["f1"]:>6.3f} '
          f'{1000 * total / n:>8.1f} {n / total if total else 0:>8.1f}')
PY
