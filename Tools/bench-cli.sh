#!/usr/bin/env bash
# End-to-end benchmarks of the commands users run: the release `hexapla` binary on generated
# files, timed with /usr/bin/time (CPU = user + system seconds, peak resident memory), each next
# to a baseline measured in the same run (`cat` of the same file; PyICU's sentence
# BreakIterator in a Python loop when python3-icu is installed or installable).
#   Tools/bench-cli.sh [segment|align|all] [--mb N] [--sentences N]
# segment: --mb MB (default 100) of English news (PUD excerpts repeated), the same with an
#   abbreviation in every sentence, JSON lines, --no-rules, one line of --mb MB, and extract on 8 MB.
# align: --sentences N x N presegmented sentences (default 50,000), and 20x that (linear?).
set -eu
cd "$(dirname "$0")/.."
what=all mb=100 sentences=50000
while [ $# -gt 0 ]; do
  case "$1" in
    segment|align|all) what=$1 ;;
    --mb) mb=$2; shift ;;
    --sentences) sentences=$2; shift ;;
    *) echo "usage: Tools/bench-cli.sh [segment|align|all] [--mb N] [--sentences N]" >&2; exit 2 ;;
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

# PyICU comes with Debian's python3-icu, for the system Python.
pyicu_python=/usr/bin/python3
have_pyicu() {
  "$pyicu_python" -c 'import icu' 2>/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq python3-icu >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq python3-icu >/dev/null 2>&1; } || true
  fi
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
  measure "hexapla segment --no-rules (ICU alone)" "$size" "$bin" segment --lang en --no-rules "$work/news.en.txt"
  measure "hexapla segment" "$size" "$bin" segment --lang en "$work/news.en.txt"
  measure "hexapla segment, abbreviation-dense" "$size" "$bin" segment --lang en "$work/abbr.en.txt"
  measure "hexapla segment --format jsonl" "$size" "$bin" segment --lang en --format jsonl "$work/news.en.txt"
  measure "hexapla segment, the whole text on one line" "$size" "$bin" segment --lang en "$work/oneline.en.txt"
  head -c 8000000 "$work/news.en.txt" > "$work/extract.en.txt"
  measure "hexapla extract, 8 MB of text" 8 "$bin" extract --lang en "$work/extract.en.txt"
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
  measure "hexapla align --presegmented, ${sentences}" 0 "$bin" align --presegmented --format beads \
    "$work/small.en.txt" "$work/small.fr.txt"
  read -r u1 s1 _ < "$work/last"
  measure "hexapla align --presegmented, $((20 * sentences))" 0 "$bin" align --presegmented --format beads \
    "$work/large.en.txt" "$work/large.fr.txt"
  read -r u2 s2 _ < "$work/last"
  python3 -c "import sys; a, b = float(sys.argv[1]) + float(sys.argv[2]), float(sys.argv[3]) + float(sys.argv[4]); print(f'  20x the sentences costs {b / a:.1f}x the CPU time (linear: 20x)')" "$u1" "$s1" "$u2" "$s2"
fi
