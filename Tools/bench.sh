#!/usr/bin/env bash
# Runs Hexapla's benchmarks in a release build: Tools/bench.sh [segment|align|all] [--mb N] [--sentences N] [--baseline N]
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product hexapla-benchmarks >&2
exec .build/release/hexapla-benchmarks "$@"
