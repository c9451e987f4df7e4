#!/usr/bin/env bash
# Installs the `hexapla` command: the system libraries it needs when they are missing
# (Tools/system-packages.sh), a release build, the binary in PREFIX/bin, shell completions for
# bash, zsh and fish, and a man page (hexapla.1, from swift-argument-parser's manual plugin).
#   Tools/install.sh [--prefix DIR]
# PREFIX is /usr/local when run as root, else ~/.local. Prints where everything went.
set -eu
cd "$(dirname "$0")/.."

prefix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=${2:?--prefix needs a directory}; shift ;;
    --prefix=*) prefix=${1#--prefix=} ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown option '$1' (usage: Tools/install.sh [--prefix DIR])" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$prefix" ]; then
  if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix=$HOME/.local; fi
fi

. Tools/system-packages.sh
hexapla_system_packages

echo "Building hexapla (release)..." >&2
swift build -c release --product hexapla >&2
built=$(swift build -c release --show-bin-path)/hexapla

mkdir -p "$prefix/bin"
install -m 755 "$built" "$prefix/bin/hexapla.tmp.$$"
mv -f "$prefix/bin/hexapla.tmp.$$" "$prefix/bin/hexapla"
echo "installed $prefix/bin/hexapla"

completions=(
  "bash:$prefix/share/bash-completion/completions/hexapla"
  "zsh:$prefix/share/zsh/site-functions/_hexapla"
  "fish:$prefix/share/fish/vendor_completions.d/hexapla.fish"
)
for entry in "${completions[@]}"; do
  shell=${entry%%:*} path=${entry#*:}
  mkdir -p "$(dirname "$path")"
  "$prefix/bin/hexapla" --generate-completion-script "$shell" > "$path.tmp.$$"
  mv -f "$path.tmp.$$" "$path"
  echo "installed $path"
done

# The manual plugin builds the package and writes hexapla.1 into its own work folder.
man_dir=$prefix/share/man/man1
if swift package plugin --list 2>/dev/null | grep -q generate-manual; then
  log=$(mktemp)
  if swift package plugin generate-manual >"$log" 2>&1; then
    page=$(find .build/plugins -path '*GenerateManual*' -name hexapla.1 2>/dev/null | head -n 1)
  else
    page=""
  fi
  if [ -n "$page" ]; then
    mkdir -p "$man_dir"
    install -m 644 "$page" "$man_dir/hexapla.1"
    echo "installed $man_dir/hexapla.1"
  else
    echo "note: the man page could not be generated ($(tail -n 1 "$log")); skipped" >&2
  fi
  rm -f "$log"
else
  echo "note: swift-argument-parser's manual plugin is missing; no man page" >&2
fi

case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on PATH; add it (export PATH=\"$prefix/bin:\$PATH\")" >&2 ;;
esac
