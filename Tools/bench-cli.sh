#!/usr/bin/env bash
# End-to-end benchmarks of the commands users run: the release `hexapla` binary on generated
# files, timed with /usr/bin/time (CPU = user + system seconds, peak resident memory), each next
# to a baseline measured in the same run (`cat` of the same file; PyICU's sentence
# BreakIterator in a Python loop when python3-icu is installed or installable).
#   Tools/bench-cli.sh [segment|align|tmx|all] [--mb N] [--sentences N] [--units N]
# segment: --mb MB (default 100) of English news (PUD excerpts repeated), the same with an
#   abbreviation in every sentence, JSON lines, --no-rules, one line of --mb MB, and extract on 8 MB.
# align: --sentences N x N presegmented sentences (default 50,000), and 20x that (linear?);
#   textberg-dev (de-fr, from ../shared) repeated to 20x that (1M x 1.18M), with its strict F1
#   (TEXTBERG=0 skips it);
#   raw text (PUD dev en-de from ../shared, 40 times) beside the same sentences presegmented,
#   five interleaved pairs of runs and the median of their ratios.
# tmx: --units N generated units (default 1,000,000: a TMX file of about 680 MB, made once
#   and kept in .build/bench-cli/) exported to TSV (without --langs, so with the first pass
#   that finds the columns) beside `xmllint --stream --noout` of the same file, and the same
#   units as JSON lines exported to TMX.
# --against BIN (segment, tmx) times another hexapla binary (a build of main, say) on the same
#   commands in the same run and checks its outputs are the same bytes; (align) on the textberg
#   pair, with its F1 and the ratio of the CPU times (alignments may differ between builds).
set -eu
cd "$(dirname "$0")/.."
what=all mb=100 sentences=50000 units=1000000 against=
while [ $# -gt 0 ]; do
  case "$1" in
    segment|align|tmx|all) what=$1 ;;
    --mb) mb=$2; shift ;;
    --sentences) sentences=$2; shift ;;
    --units) units=$2; shift ;;
    --against) against=$(realpath "$2"); shift ;;
    *) echo "usage: Tools/bench-cli.sh [segment|align|tmx|all] [--mb N] [--sentences N] [--units N] [--against BIN]" >&2; exit 2 ;;
  esac
  shift
done

swift build -c release --product hexapla >&2
bin=.build/release/hexapla
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command, prints "name  CPU s  MB/s  peak MiB" (MB/s over $2 megabytes; 0 for none).
measure() {
  local name=$1 size=$2; shift 2
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || {
    echo "$name: failed: $(head -c 300 "$work/err")" >&2; return 1; }
  read -r user sys peak < "$work/time"
  python3 - "$name" "$size" "$user" "$sys" "$peak" <<'EOF'
import sys
name, size, user, sys_, peak = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
cpu = user + sys_
rate = f"{size / cpu:8.1f} MB/s" if size and cpu > 0 else " " * 13
print(f"  {name:<44} {cpu:7.2f} s CPU {rate} {peak / 1024:8.0f} MiB peak")
EOF
  echo "$(cat "$work/time")" > "$work/last"
}

# Repeats the lines of $1 into $2 until it holds $3 megabytes.
repeat_to() {
  python3 - "$1" "$2" "$3" <<'EOF'
import sys
src, dst, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
text = open(src, encoding="utf-8").read().strip() + "\n"
target = int(mb * 1_000_000)
with open(dst, "w", encoding="utf-8") as out:
    written = 0
    while written < target:
        out.write(text)
        written += len(text.encode("utf-8"))
EOF
}

# Installs a Debian package for a baseline when running as root with apt-get (else nothing).
install_debian_package() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$1" >/dev/null 2>&1; } || true
  fi
}

# PyICU comes with Debian's python3-icu, for the system Python.
pyicu_python=/usr/bin/python3
have_pyicu() {
  "$pyicu_python" -c 'import icu' 2>/dev/null && return 0
  install_debian_package python3-icu
  "$pyicu_python" -c 'import icu' 2>/dev/null
}

write_pyicu() {
  cat > "$work/pyicu.py" <<'EOF'
import sys, icu
it = icu.BreakIterator.createSentenceInstance(icu.Locale("en"))
out = sys.stdout
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line.strip():
            continue
        it.setText(line)
        start = 0
        for end in it:
            s = line[start:end].strip()
            if s:
                out.write(s + "\n")
            start = end
EOF
}

if [ "$what" = segment ] || [ "$what" = all ]; then
  source_text=Alignments/examples/pud/n01001.en.txt
  if [ -f ../shared/gold/pud/concat/dev/en.txt ]; then source_text=../shared/gold/pud/concat/dev/en.txt
  else cat Alignments/examples/pud/*.en.txt > "$work/pud.en.txt"; source_text=$work/pud.en.txt; fi
  repeat_to "$source_text" "$work/news.en.txt" "$mb"
  python3 - "$work/abbr-src.en.txt" <<'EOF'
import sys, random
random.seed(7)
names = ["Smith", "Jones", "Brown", "Garcia", "Chen", "Okafor"]
places = ["U.S.", "U.K.", "E.U."]
lines = []
for i in range(2000):
    n, p = random.choice(names), random.choice(places)
    h = random.randint(1, 12)
    lines.append(f"Mr. {n} met Dr. {random.choice(names)} at {h} p.m. in the {p} capital. "
                 f"The talks, said Mrs. {n}, lasted until {h + 1} a.m. on Jan. {random.randint(1, 28)}. "
                 f"They cost about $ {random.randint(2, 90)} million, i.e. more than planned.")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
EOF
  repeat_to "$work/abbr-src.en.txt" "$work/abbr.en.txt" "$mb"
  python3 -c "import sys; t = open(sys.argv[1]).read().replace('\n', ' '); open(sys.argv[2], 'w').write(t + '\n')" \
    "$work/news.en.txt" "$work/oneline.en.txt"
  size=$(python3 -c "import os, sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$work/news.en.txt")
  echo "segment: $(printf %.0f "$size") MB of English news text (CPU seconds, release build)"
  measure "baseline: cat" "$size" cat "$work/news.en.txt"
  if have_pyicu; then
    write_pyicu
    measure "baseline: PyICU BreakIterator, Python loop" "$size" "$pyicu_python" "$work/pyicu.py" "$work/news.en.txt"
  else
    echo "  (PyICU not available: no python3-icu; baseline skipped)"
  fi
  # Times `hexapla ARGS` (and first the --against binary on the same ARGS, whose output must be
  # the same bytes).
  both() {
    local name=$1 size=$2; shift 2
    if [ -n "$against" ]; then
      measure "against ${name#hexapla }" "$size" "$against" "$@"
      mv "$work/out" "$work/against.out"
    fi
    measure "$name" "$size" "$bin" "$@"
    if [ -n "$against" ] && ! cmp -s "$work/out" "$work/against.out"; then
      echo "  $name: the outputs of the two binaries differ" >&2
      return 1
    fi
  }
  both "hexapla segment --no-rules (ICU alone)" "$size" segment --lang en --no-rules "$work/news.en.txt"
  both "hexapla segment" "$size" segment --lang en "$work/news.en.txt"
  both "hexapla segment, abbreviation-dense" "$size" segment --lang en "$work/abbr.en.txt"
  both "hexapla segment --format jsonl" "$size" segment --lang en --format jsonl "$work/news.en.txt"
  both "hexapla segment, the whole text on one line" "$size" segment --lang en "$work/oneline.en.txt"
  head -c 8000000 "$work/news.en.txt" > "$work/extract.en.txt"
  both "hexapla extract, 8 MB of text" 8 extract --lang en "$work/extract.en.txt"
  [ -z "$against" ] || echo "  the outputs of both binaries are the same bytes"
fi

if [ "$what" = align ] || [ "$what" = all ]; then
  python3 - "$work" "$sentences" <<'EOF'
import sys, random
work, n = sys.argv[1], int(sys.argv[2])
random.seed(11)
words = "the of and to in a is that for on with as by at from this was are be it an or which".split()
fr = "le de et à en un est que pour sur avec comme par au du ce était sont être il une ou qui".split()
for size, name in ((n, "small"), (20 * n, "large")):
    with open(f"{work}/{name}.en.txt", "w") as en, open(f"{work}/{name}.fr.txt", "w") as f:
        for i in range(size):
            k = random.randint(4, 30)
            en.write(" ".join(random.choice(words) for _ in range(k)) + f" {i % 997}.\n")
            f.write(" ".join(random.choice(fr) for _ in range(int(k * 1.15))) + f" {i % 997}.\n")
EOF
  echo "align: $sentences x $sentences presegmented sentences, and 20 times that"
  measure "hexapla align --presegmented, ${sentences}" 0 "$bin" align --presegmented --no-dictionaries --format beads \
    "$work/small.en.txt" "$work/small.fr.txt"
  read -r u1 s1 _ < "$work/last"
  measure "hexapla align --presegmented, $((20 * sentences))" 0 "$bin" align --presegmented --no-dictionaries --format beads \
    "$work/large.en.txt" "$work/large.fr.txt"
  read -r u2 s2 _ < "$work/last"
  python3 -c "import sys; a, b = float(sys.argv[1]) + float(sys.argv[2]), float(sys.argv[3]) + float(sys.argv[4]); print(f'  20x the sentences costs {b / a:.1f}x the CPU time (linear: 20x)')" "$u1" "$s1" "$u2" "$s2"
  # Real text: textberg-dev (de-fr) repeated to 20 times --sentences German sentences (by
  # default 1,000,116 x 1,183,898, the pair of issue 20), presegmented, with strict F1 against
  # the repeated gold; with --against, that binary on the same pair first (a build without
  # --no-dictionaries is run without it).
  textberg=../shared/gold/align/textberg-dev/dev
  if [ -f "$textberg/src.txt" ] && [ "${TEXTBERG:-1}" = 1 ]; then
    python3 - "$textberg" "$work" "$((20 * sentences))" <<'EOF'
import re, sys
directory, work, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
source = open(f"{directory}/src.txt", encoding="utf-8").read().rstrip("\n").split("\n")
target = open(f"{directory}/tgt.txt", encoding="utf-8").read().rstrip("\n").split("\n")
gold = [line for line in open(f"{directory}/gold.txt").read().split("\n") if line.strip()]
repeats = (wanted + len(source) - 1) // len(source)
with open(f"{work}/tb.de.txt", "w") as de, open(f"{work}/tb.fr.txt", "w") as fr, open(f"{work}/tb.gold.txt", "w") as out:
    for r in range(repeats):
        de.write("\n".join(source) + "\n")
        fr.write("\n".join(target) + "\n")
        for line in gold:
            s, t = line.split(":")[:2]
            ids = lambda side, n: ",".join(str(int(x) + r * n) for x in re.findall(r"\d+", side))
            out.write(f"[{ids(s, len(source))}]:[{ids(t, len(target))}]\n")
EOF
    echo "align: textberg-dev repeated, $(wc -l < "$work/tb.de.txt") x $(wc -l < "$work/tb.fr.txt") presegmented sentences (de-fr)"
    for b in ${against:+"$against"} "$bin"; do
      label=hexapla
      [ "$b" = "$bin" ] || label=against
      flags=(--no-dictionaries)
      "$b" align --help 2>/dev/null | grep -q -- --no-dictionaries || flags=()
      measure "$label align --presegmented, textberg" 0 "$b" align --presegmented ${flags[@]+"${flags[@]}"} \
        --langs de,fr --format beads -o "$work/tb.$label.beads" "$work/tb.de.txt" "$work/tb.fr.txt"
      read -r u s _ < "$work/last"
      echo "$u $s" > "$work/tb.$label.cpu"
      echo "    strict F1 $("$bin" eval --gold "$work/tb.gold.txt" --pred "$work/tb.$label.beads" | awk '$1 == "F1" { print $2 }')"
    done
    if [ -n "$against" ]; then
      python3 -c "import sys; a, b = (sum(map(float, open(p).read().split())) for p in sys.argv[1:]); print(f'  hexapla takes {b / a:.2f}x the CPU time of the other binary')" \
        "$work/tb.against.cpu" "$work/tb.hexapla.cpu"
    fi
  fi
  # Raw text (segmented, re-cut with the other edition as guide, aligned) beside the same
  # sentences presegmented: real news in two languages, PUD dev repeated 40 times.
  pud=../shared/gold/pud/concat/dev
  if [ -f "$pud/en.txt" ] && [ -f "$pud/de.txt" ]; then
    for lang in en de; do
      for _ in $(seq 40); do cat "$pud/$lang.txt"; done > "$work/raw.$lang.txt"
      "$bin" segment --lang "$lang" -o "$work/raw.$lang.seg" "$work/raw.$lang.txt"
    done
    # Runs of two seconds vary by a third on a shared machine: five pairs, interleaved, each
    # pair's ratio, and the median of the ratios.
    echo "align: raw text, PUD dev en-de 40 times ($(wc -l < "$work/raw.en.seg") sentences), beside its sentences presegmented (5 interleaved pairs)"
    : > "$work/ratios"
    for round in 1 2 3 4 5; do
      measure "hexapla align, raw text ($round)" 0 "$bin" align --no-dictionaries --langs en,de --format beads \
        "$work/raw.en.txt" "$work/raw.de.txt"
      read -r u3 s3 _ < "$work/last"
      measure "hexapla align --presegmented, the same sentences ($round)" 0 "$bin" align --presegmented --no-dictionaries \
        --langs en,de --format beads "$work/raw.en.seg" "$work/raw.de.seg"
      read -r u4 s4 _ < "$work/last"
      python3 -c "import sys; print((float(sys.argv[1]) + float(sys.argv[2])) / (float(sys.argv[3]) + float(sys.argv[4])))" "$u3" "$s3" "$u4" "$s4" >> "$work/ratios"
    done
    python3 - "$work/ratios" <<'EOF'
import statistics, sys
ratios = [float(line) for line in open(sys.argv[1])]
print(f"  raw text costs {statistics.median(ratios):.2f}x the presegmented CPU time (median; the pairs: "
      + ", ".join(f"{r:.2f}" for r in ratios) + ")")
EOF
  else
    echo "align: raw text skipped (no PUD dev at $pud)"
  fi
fi

if [ "$what" = tmx ] || [ "$what" = all ]; then
  # The files are made once per size (deterministic: the same bytes on every machine) and kept.
  cache=.build/bench-cli
  mkdir -p "$cache"
  tmx=$cache/units-$units.tmx jsonl=$cache/units-$units.jsonl
  if [ ! -s "$tmx" ]; then
    echo "tmx: writing $tmx" >&2
    python3 - "$tmx.part" "$units" <<'EOF'
import random, sys
path, n = sys.argv[1], int(sys.argv[2])
random.seed(20)
words = ("the government said on Tuesday that prices rose by 3.5% in March while exports to Europe "
         "fell sharply after a strike at the port of Rotterdam officials expect growth next year "
         "according to a report by Müller's café").split() + ["&", "<growth>", '"quoted"', "it’s", "—"]
han = "政府周二表示三月份物价上涨百分之出口到欧洲的货物在鹿特丹港罢工后大幅下降官员预计明年经济将恢复增长据报道"
def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
              '  <header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench"'
              ' adminlang="en" srclang="en" datatype="plaintext" creationdate="20260101T000000Z"/>\n'
              '  <body>\n')
    for i in range(n):
        en = " ".join(random.choice(words) for _ in range(random.randint(23, 43)))
        zh = "".join(random.choice(han) for _ in range(random.randint(50, 90)))
        out.write(f'    <tu tuid="{i + 1}">\n'
                  f'      <prop type="x-score">{i % 10000 / 10000:.4f}</prop>\n'
                  f'      <prop type="x-bead">{"2-1" if i % 7 == 0 else "1-1"}</prop>\n'
                  f'      <prop type="x-document">doc{i // 40}</prop>\n'
                  f'      <tuv xml:lang="en"><seg>{esc(en[0].upper() + en[1:])}.</seg></tuv>\n'
                  f'      <tuv xml:lang="zh-Hans"><seg>{zh}。</seg></tuv>\n'
                  '    </tu>\n')
    out.write("  </body>\n</tmx>\n")
EOF
    mv "$tmx.part" "$tmx"
  fi
  [ -s "$jsonl" ] || "$bin" export --format jsonl -o "$jsonl" "$tmx" 2>/dev/null
  size=$(python3 -c "import os, sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$tmx")
  echo "tmx: $units units: a $(printf %.0f "$size") MB TMX file, and the same as JSON lines (CPU seconds, release build)"
  # Runs a command; prints "name  CPU s  units/s  peak MiB" and, when $2 is a number, the
  # ratio of the CPU time to it.
  rate() {
    local name=$1 over=$2; shift 2
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || {
      echo "$name: failed: $(head -c 300 "$work/err")" >&2; return 1; }
    read -r user sys peak < "$work/time"
    python3 - "$name" "$units" "$user" "$sys" "$peak" "$over" <<'EOF'
import sys
name, units, user, sys_, peak, over = sys.argv[1:]
cpu = float(user) + float(sys_)
ratio = f"  {cpu / float(over):5.2f}x xmllint" if over != "-" else ""
print(f"  {name:<48} {cpu:7.2f} s CPU {int(units) / cpu:9.0f} units/s {int(peak) / 1024:6.0f} MiB peak{ratio}")
EOF
    python3 -c "import sys; print(float(sys.argv[1]) + float(sys.argv[2]))" "$user" "$sys" > "$work/last"
  }
  # xmllint comes with Debian's libxml2-utils.
  command -v xmllint >/dev/null || install_debian_package libxml2-utils
  command -v xmllint >/dev/null || { echo "error: the TMX baseline needs xmllint (Debian: libxml2-utils)" >&2; exit 1; }
  rate "baseline: xmllint --stream --noout" - xmllint --stream --noout "$tmx"
  xmllint=$(cat "$work/last")
  for b in ${against:+"$against"} "$bin"; do
    label=hexapla
    [ "$b" = "$bin" ] || label=against
    rate "$label export --format tsv" "$xmllint" "$b" export --format tsv -o "$work/$label.tsv" "$tmx"
    rate "$label export --format tsv --langs en,zh-Hans" "$xmllint" \
      "$b" export --format tsv --langs en,zh-Hans -o "$work/$label-langs.tsv" "$tmx"
    rate "$label export --format tmx, from JSON lines" - \
      "$b" export --format tmx --date 20260101T000000Z -o "$work/$label.tmx" "$jsonl"
    cmp "$work/$label.tsv" "$work/$label-langs.tsv"
  done
  if [ -n "$against" ]; then
    cmp "$work/hexapla.tsv" "$work/against.tsv" && cmp "$work/hexapla.tmx" "$work/against.tmx"
    echo "  the outputs of both binaries are the same bytes"
  fi
fi
