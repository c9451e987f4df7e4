#!/usr/bin/env bash
# Fuzzes one of Hexapla's parsers with libFuzzer and AddressSanitizer:
#   Tools/fuzz.sh tmx|jsonl|segment|html|dict SECONDS
# Builds Fuzz/HexaplaFuzz with -sanitize=fuzzer,address in .build/fuzz (kept apart from the normal
# build), seeds from Fuzz/corpus/TARGET (the test fixtures) and grows the corpus in
# .build/fuzz/corpus/TARGET. A crash is written to .build/fuzz/crashes/ and becomes a regression
# test; replay one with `swift run hexapla-fuzz TARGET FILE`. Not run by CI: a benchmark-style job.
set -eu
cd "$(dirname "$0")/.."
target=${1:?usage: Tools/fuzz.sh tmx|jsonl|segment|html|dict SECONDS}
seconds=${2:?usage: Tools/fuzz.sh tmx|jsonl|segment|html|dict SECONDS}
swift build --product hexapla-fuzz --scratch-path .build/fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >&2
corpus=.build/fuzz/corpus/$target
mkdir -p "$corpus" .build/fuzz/crashes
seeds=()
for dir in "Fuzz/corpus/$target" "Fuzz/regressions/$target"; do
  [ -d "$dir" ] && seeds+=("$dir")
done
# Swift's own backtracer would run inside AddressSanitizer's report.
SWIFT_BACKTRACE=enable=no exec .build/fuzz/debug/hexapla-fuzz "$target" -max_total_time="$seconds" -max_len=65536 \
  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=.build/fuzz/crashes/ \
  "$corpus" "${seeds[@]}"
