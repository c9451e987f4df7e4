#!/usr/bin/env bash
# Builds Hexapla and runs its tests. Installs what a fresh Debian machine lacks (ICU, libxml2,
# pkg-config).
set -eu
cd "$(dirname "$0")/.."

need=()
pkg-config --exists icu-uc icu-i18n 2>/dev/null || need+=(libicu-dev pkg-config)
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${need[*]}..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "error: Hexapla needs ${need[*]} (apt-get install ${need[*]})" >&2
    exit 1
  fi
fi

swift build --build-tests
swift test --skip-build
