#!/usr/bin/env bash
# Runs Hexapla's benchmarks in a release build: Tools/bench.sh [segment|tmx|all] [--mb N] [--units N]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product hexapla-benchmarks >&2
exec .build/release/hexapla-benchmarks "$@"
