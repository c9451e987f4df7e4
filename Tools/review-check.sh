#!/usr/bin/env bash
# Drives the real `hexapla review` in tmux, as a person would: starts it on a copy of
# Tests/HexaplaKitTests/Review/Fixtures/review-input.tmx in a 100x30 window, sends keys with
# `tmux send-keys`, reads the screen with `tmux capture-pane` after each, and performs a merge,
# a split, a move and an undo, resizes the window to 80x24 (SIGWINCH), saves and quits; then
# checks the saved TMX (units, texts, x-reviewed, and untouched units byte for byte).
#
#   bash Tools/review-check.sh            # builds the release binary first
#   HEXAPLA_BIN=path/to/hexapla bash Tools/review-check.sh
#
# Installs tmux with apt-get when it is missing (as root). Takes a few seconds after the build.
set -eu
cd "$(dirname "$0")/.."

if ! command -v tmux >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing tmux..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tmux >/dev/null
  else
    echo "review-check: tmux is missing (apt-get install tmux)" >&2
    exit 1
  fi
fi

bin=${HEXAPLA_BIN:-}
if [ -z "$bin" ]; then
  swift build -c release --product hexapla >&2
  bin=$PWD/.build/release/hexapla
fi
fixture=$PWD/Tests/HexaplaKitTests/Review/Fixtures/review-input.tmx

work=$(mktemp -d)
session=hexapla-review-check-$$
cp "$fixture" "$work/in.tmx"

# A private tmux server (-L) so the check never touches the user's sessions.
tm() { tmux -L "$session" "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
tm new-session -d -s review -x 100 -y 30 \
  "env TERM=xterm-256color NO_COLOR=1 '$bin' review '$work/in.tmx' -o '$work/out.tmx' --date 20250601T120000Z; echo exit status \$?; sleep 60"

screen() { tm capture-pane -p -t review; }
# Waits up to 10 s for the screen to show a fixed string (with -x: as a whole line).
expect_screen() {
  local whole=""
  if [ "$1" = -x ]; then whole=x; shift; fi
  for _ in $(seq 100); do
    if screen | grep -qF$whole -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "review-check: the screen never showed: $1" >&2
  screen >&2
  exit 1
}
keys() { tm send-keys -t review "$@"; }
step() { echo "review-check: $1" >&2; }

expect_screen "unit 1/5 · 2 weak · 0 reviewed"
expect_screen "q quit  n/N weak  / find"
step "started: 5 units, 2 weak"

keys j m
expect_screen "merged units 2 and 3"
expect_screen "unit 2/4"
expect_screen "2-2   1.00 │ Prices rose by 4.5 percent."
step "merge: units 2 and 3 are one 2-2 unit"

keys j s
expect_screen "split: [en] 1|1  zh 1|1"
expect_screen "The market fell. // Shares lost 2"
keys Enter
expect_screen "split unit 3"
expect_screen "unit 3/5"
step "split: unit 3 is two 1-1 units"

keys k '>'
expect_screen "moved the last en sentence of unit 2 to unit 3"
expect_screen "2-1   1.00 │ Officials said so on Tuesday."
keys u
expect_screen "undone: moved the last en sentence of unit 2 to unit 3"
expect_screen "2-2   1.00 │ Prices rose by 4.5 percent."
step "move, then undo"

tm resize-window -t review -x 80 -y 24
# The footer holds fewer keys at 80 columns than at 100.
expect_screen -x "? help  m merge  s split  <> move  x unpair  a accept  u undo  w save  q quit"
# Terminal cells per line: East Asian wide and fullwidth characters take two.
if ! screen | python3 -c '
import sys, unicodedata
for line in sys.stdin.read().splitlines():
    cells = sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in line)
    if cells > 80:
        sys.exit("review-check: a line wider than 80 columns after the resize: " + line)
'; then
  exit 1
fi
step "resized to 80x24"

keys w
expect_screen "saved 5 units to $work/out.tmx"
keys q
expect_screen "exit status 0"
step "saved and quit"

python3 - "$work/in.tmx" "$work/out.tmx" <<'PY'
import sys
import xml.etree.ElementTree as ET

source = open(sys.argv[1], encoding="utf-8").read()
saved = open(sys.argv[2], encoding="utf-8").read()
problems = []
# Untouched units, with what precedes them (the comment before unit 5), byte for byte.
for start, end in [('<tu tuid="1">', "</tu>"), ("<!-- checked by hand -->", "</tu>\n  </body>")]:
    i = source.index(start)
    block = source[i:source.index(end, i) + len(end)]
    if block not in saved:
        problems.append("an untouched unit is not as read: " + block.splitlines()[0])
if not saved.startswith(source[: source.index("<body>")]):
    problems.append("the header is not as read")
units = ET.fromstring(saved.encode("utf-8")).find("body").findall("tu")
expected = [
    ("1", {"en": "The rain stopped at noon.", "zh": "雨在中午停了。"}, False),
    ("2", {"en": "Prices rose by 4.5 percent. Officials said so on Tuesday.", "zh": "价格上涨了4.5%。官员们周二这样表示。"}, True),
    ("4", {"en": "The market fell.", "zh": "市场下跌。"}, True),
    ("4-1", {"en": "Shares lost 2 percent.", "zh": "股票下跌了2%。"}, True),
    ("5", {"en": "See you & goodbye.", "zh": "再见。"}, False),
]
lang = "{http://www.w3.org/XML/1998/namespace}lang"
if len(units) != len(expected):
    problems.append(f"{len(units)} units saved, expected {len(expected)}")
for unit, (tuid, texts, reviewed) in zip(units, expected):
    props = {p.get("type"): p.text for p in unit.findall("prop")}
    got = {tuv.get(lang): "".join(tuv.find("seg").itertext()) for tuv in unit.findall("tuv")}
    if unit.get("tuid") != tuid or got != texts:
        problems.append(f"unit {unit.get('tuid')}: {got}, expected {tuid}: {texts}")
    if reviewed != (props.get("x-reviewed") == "20250601T120000Z") or (reviewed and props.get("x-score") != "1.0000"):
        problems.append(f"unit {tuid}: x-reviewed {props.get('x-reviewed')}, x-score {props.get('x-score')}")
for problem in problems:
    print("review-check: " + problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
echo "review-check: passed (merge, split, move, undo, resize, save; saved TMX checked)"
