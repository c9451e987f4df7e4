#!/usr/bin/env bash
# Builds Hexapla and runs its tests. Installs what a fresh Debian machine lacks (ICU, libxml2,
# pkg-config, zlib for dictzip dictionaries).
set -eu
cd "$(dirname "$0")/.."

. Tools/system-packages.sh
hexapla_system_packages

# With ../shared (the team's checkout), the TMX files the tests write are also checked with real
# readers: xmllint against the official TMX 1.4 DTD, and translate-toolkit.
tmx_out=""
if [ -d ../shared/tmx ]; then
  tmx_out=$(mktemp -d)
  trap 'rm -rf "$tmx_out"' EXIT
  export HEXAPLA_TMX_OUT="$tmx_out"
fi

swift build --build-tests
test_log=$(mktemp)
swift test --skip-build 2>&1 | tee "$test_log"
status=${PIPESTATUS[0]}
passed=$(grep -o 'Test run with [0-9]* tests' "$test_log" | tail -n 1 | grep -o '[0-9]*' || true)
rm -f "$test_log"
[ "$status" -eq 0 ] || exit "$status"

if [ -n "$tmx_out" ]; then
  if ! command -v xmllint >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing libxml2-utils..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libxml2-utils >/dev/null
  fi
  ttk_python=/opt/tmxcheck/ttk/bin/python
  if ! "$ttk_python" -c 'import translate.storage.tmx' 2>/dev/null; then
    echo "Installing translate-toolkit into /opt/tmxcheck/ttk..." >&2
    { python3 -m venv /opt/tmxcheck/ttk && /opt/tmxcheck/ttk/bin/pip install -q translate-toolkit; } >&2 || true
  fi
  checked=0
  for file in "$tmx_out"/*.tmx; do
    [ -e "$file" ] || continue
    if command -v xmllint >/dev/null; then
      xmllint --noout --nonet --dtdvalid ../shared/tmx/tmx14.dtd "$file"
    else
      echo "note: xmllint is missing (apt-get install libxml2-utils); $file not validated" >&2
    fi
    if ! "$ttk_python" -c 'import translate.storage.tmx' 2>/dev/null; then
      echo "note: translate-toolkit could not be installed; $file not loaded with it" >&2
    fi
    if "$ttk_python" -c 'import translate.storage.tmx' 2>/dev/null; then
      TMXCHECK_TTK_PYTHON="$ttk_python" python3 ../shared/tmx/tmxcheck --only rules,xmllint,ttk "$file" >/dev/null \
        || { python3 ../shared/tmx/tmxcheck --only rules,xmllint,ttk "$file" >&2; exit 1; }
    fi
    checked=$((checked + 1))
  done
  if [ "$checked" -eq 0 ]; then echo "error: the tests wrote no TMX to check" >&2; exit 1; fi
  echo "TMX written by the tests: $checked files valid against tmx14.dtd and loaded by translate-toolkit" >&2
fi

# One plain closing line for CI: the Swift Testing count (XCTest reports its own 0 above).
echo "tests: ${passed:-0} passed, 0 failed"
