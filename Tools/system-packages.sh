#!/usr/bin/env bash
# Installs the system libraries Hexapla builds against when they are missing: ICU, libxml2,
# zlib and pkg-config (Debian/Ubuntu, with apt-get as root). Sourced by Tools/install.sh and
# Tools/test.sh; run on its own it does the same.
hexapla_system_packages() {
  local need=()
  command -v pkg-config >/dev/null || need+=(pkg-config)
  pkg-config --exists icu-uc icu-i18n 2>/dev/null || need+=(libicu-dev)
  pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev)
  [ -f /usr/include/zlib.h ] || pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${need[*]}..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "error: Hexapla needs ${need[*]} (sudo apt-get install ${need[*]})" >&2
    return 1
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -eu
  hexapla_system_packages
fi
