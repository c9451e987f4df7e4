#!/usr/bin/env bash
# Hostile-TMX benchmark (issue 16): runs the release `hexapla export` on generated files and prints
# wall time and peak memory (GNU time), with the checks that must hold:
#   - attributes: a <tu> with 200,000 attributes costs at most 8x one with 40,000 (linear: 5x);
#   - tokens: a 1 GiB attribute value and a 1 GiB <seg> fail at the limit in under 100 MiB;
#   - white space: 1 GiB between two units is read in under 100 MiB;
#   - non-XML: 200 MiB of random bytes is an error in under 100 MiB.
#   Tools/tmx-hostile.sh [--dir DIR] [--mib N]   (N: size of the big files, default 1024)
set -eu
cd "$(dirname "$0")/.."
dir=${TMPDIR:-/tmp}/hexapla-tmx-hostile
mib=1024
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --mib) mib=$2; shift 2 ;;
    *) echo "usage: $0 [--dir DIR] [--mib N]" >&2; exit 64 ;;
  esac
done
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (Debian: time)" >&2; exit 1; }
swift build -c release --product hexapla >&2
bin=$PWD/.build/release/hexapla
mkdir -p "$dir"
python3 - "$dir" "$mib" <<'PY'
import os, sys
d, mib = sys.argv[1], int(sys.argv[2])
H = '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>\n'
U = '<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>\n'
E = '</body></tmx>\n'
for n in (40000, 200000):
    with open(os.path.join(d, f'attrs{n // 1000}k.tmx'), 'w') as f:
        f.write(H + '<tu' + ''.join(f' a{i}="v"' for i in range(n)) + U[3:] + E)
def big(name, pre, post, fill):
    with open(os.path.join(d, name), 'w') as f:
        f.write(H + pre)
        for _ in range(mib): f.write(fill)
        f.write(post + E)
big('bigattr.tmx', '<tu changeid="', '">' + U[4:], 'x' * (1 << 20))
big('bigseg.tmx', '<tu><tuv xml:lang="en"><seg>', '</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>', 'x' * (1 << 20))
big('ws.tmx', U, U, ' ' * (1 << 20))
with open(os.path.join(d, 'random.bin'), 'wb') as f:
    f.write(os.urandom(200 << 20))
PY
measure() {  # NAME ARGS... -> prints "NAME seconds KiB exit"
  local name=$1; shift
  local status=0
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" "$bin" export "$@" -o "$dir/out" >/dev/null 2>"$dir/err.txt" || status=$?
  read -r seconds kib < <(tail -n 1 "$dir/time.txt")
  printf '%-10s %8.2f s %8d KiB  exit %d  %s\n' "$name" "$seconds" "$kib" "$status" "$(tail -n 1 "$dir/err.txt" | cut -c1-100)"
  echo "$seconds $kib" >"$dir/$name.result"
}
measure attrs40k --max-segment-bytes 8000000 "$dir/attrs40k.tmx"
measure attrs200k --max-segment-bytes 8000000 "$dir/attrs200k.tmx"
measure bigattr "$dir/bigattr.tmx"
measure bigseg "$dir/bigseg.tmx"
measure ws "$dir/ws.tmx"
measure random "$dir/random.bin"
python3 - "$dir" <<'PY'
import sys
d = sys.argv[1]
r = {n: list(map(float, open(f'{d}/{n}.result').read().split())) for n in ('attrs40k', 'attrs200k', 'bigattr', 'bigseg', 'ws', 'random')}
ok = True
ratio = r['attrs200k'][0] / max(r['attrs40k'][0], 0.01)
print(f'attributes: 200k/40k time ratio {ratio:.1f} (target <= 8)'); ok &= ratio <= 8
for n in ('bigattr', 'bigseg', 'ws', 'random'):
    mib = r[n][1] / 1024
    print(f'{n}: peak {mib:.1f} MiB (target < 100)'); ok &= mib < 100
print('all targets met' if ok else 'TARGET MISSED'); sys.exit(0 if ok else 1)
PY
