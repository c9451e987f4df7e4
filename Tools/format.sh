#!/usr/bin/env bash
# Formats the Swift code with swift-format (the toolchain's `swift format`), then lints it.
#   Tools/format.sh          rewrite Sources, Tests, Benchmarks and Fuzz in place, then lint --strict
#   Tools/format.sh --lint   lint only, rewriting nothing (CI runs this): any finding fails
#
# The settings are in .swift-format: swift-format's defaults with a line length of 120 (the
# code's width) and 2-space indentation. Rules left at their defaults on purpose:
# NeverForceUnwrap and NeverUseForceTry are off (force unwraps are a matter for review; the
# parser's hot loops use a few on buffers that cannot be empty), and so are
# AllPublicDeclarationsHaveDocumentation and ValidateDocumentationComments (doc comments are
# written as prose, `- Parameter` only where it helps).
set -eu
cd "$(dirname "$0")/.."
paths=(Sources Tests Benchmarks Fuzz)
case "${1:-}" in
  --lint) ;;
  "") swift format --in-place --parallel --recursive "${paths[@]}" ;;
  *) echo "usage: Tools/format.sh [--lint]" >&2; exit 2 ;;
esac
swift format lint --strict --parallel --recursive "${paths[@]}"
