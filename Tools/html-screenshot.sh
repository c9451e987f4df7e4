#!/usr/bin/env bash
# Renders an HTML report with headless Chromium and saves a screenshot, to check by eye that
# `hexapla inspect --html` looks right in a real browser.
#
#   Tools/html-screenshot.sh report.html [out.png] [WIDTHxHEIGHT]
#
# Needs Debian's `chromium` and CJK/Arabic fonts; installs them when run as root:
#   apt-get update && apt-get install -y chromium fonts-noto-cjk fonts-noto-core
set -eu
html=${1:?usage: Tools/html-screenshot.sh report.html [out.png] [WIDTHxHEIGHT]}
out=${2:-${html%.html}.png}
size=${3:-1400x1000}

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing chromium and fonts..." >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-core >/dev/null
    browser=$(command -v chromium)
  else
    echo "error: needs chromium (apt-get install chromium fonts-noto-cjk fonts-noto-core)" >&2
    exit 1
  fi
fi

path=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
# --no-sandbox: containers usually run as root, where Chromium's sandbox cannot start.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --run-all-compositor-stages-before-draw \
  --virtual-time-budget=2000 --window-size="${size/x/,}" --screenshot="$out" "file://$path" 2>/dev/null
[ -s "$out" ] || { echo "error: no screenshot written" >&2; exit 1; }
echo "$out"
