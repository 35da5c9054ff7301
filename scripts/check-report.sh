#!/usr/bin/env bash
# Opens an HTML report in headless Chromium, screenshots it, and fails on a blank page, on any
# browser console message (errors, failed loads) or on a script or network load in the HTML.
# Usage: scripts/check-report.sh REPORT.html [OUT.png]
# Needs Debian's `chromium` package and python3; runs as root without a TTY (--no-sandbox).
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 REPORT.html [OUT.png]" >&2
  exit 2
fi
report=$1
if [ ! -f "$report" ]; then
  echo "check-report: no such file: $report" >&2
  exit 1
fi
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
  echo "check-report: chromium not found (apt-get install -y chromium)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
screenshot=${2:-$work/report.png}
rm -f "$screenshot"
absolute=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
flags=(--headless=new --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
  --disable-extensions --disable-background-networking --mute-audio
  --user-data-dir="$work/profile" --enable-logging=stderr --v=0
  --window-size=1280,2000 --screenshot="$screenshot")
[ "$(id -u)" -ne 0 ] || flags+=(--no-sandbox)
status=0
timeout 45 "$browser" "${flags[@]}" "file://$absolute" >"$work/stdout.log" 2>"$work/chromium.log" \
  || status=$?
if [ "$status" -ne 0 ] || [ ! -s "$screenshot" ]; then
  echo "check-report: $browser exited with status $status and no screenshot" >&2
  grep -v -e dbus -e 'unexpected operator' "$work/chromium.log" | tail -n 20 >&2 || true
  exit 1
fi
python3 "$(dirname "$0")/check_report.py" "$report" "$screenshot" "$work/chromium.log"
