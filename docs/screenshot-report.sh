#!/usr/bin/env bash
# Renders the example's HTML report in headless Chromium (Debian: chromium), checks that the page loads
# without console errors, and saves a screenshot.
#   docs/screenshot-report.sh [REPORT.html] [OUTPUT.png]
# Without REPORT.html it runs the README's first command and uses the report that command writes.
set -euo pipefail
cd "$(dirname "$0")/.."
report="${1:-}"
out="${2:-docs/images/report-html.png}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ -z "$report" ]; then
  ./factorstudio analyze examples/municipal-automation/municipal-automation.study --quiet >/dev/null
  report=examples/municipal-automation/municipal-automation-report/report.html
fi
[ -f "$report" ] || { echo "no report at $report" >&2; exit 2; }
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
profile="$(mktemp -d)"
log="$(mktemp)"
trap 'rm -rf "$profile" "$log"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --user-data-dir="$profile")

# 1. load the page with logging on: console messages of the page appear as "CONSOLE(...)" / ":CONSOLE" lines
"$chromium" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "$url" >"$profile/dom.html" 2>"$log" || true
if grep -E 'CONSOLE|Uncaught|Failed to load resource|ERR_FILE_NOT_FOUND' "$log"; then
  echo "the page logged errors (above)" >&2
  exit 1
fi
grep -q 'id="chart-correlations"' "$profile/dom.html" || { echo "the page did not load: no chart in the DOM" >&2; exit 1; }
echo "loaded without console errors: $url"

# 2. the screenshot
"$chromium" "${flags[@]}" --hide-scrollbars --screenshot="$out" --window-size=1280,2000 "$url" >/dev/null 2>&1
echo "wrote $out"
