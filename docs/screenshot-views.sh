#!/usr/bin/env bash
# Screenshot of the result views after a run on the example, under Xvfb (Debian: xvfb, imagemagick).
#   docs/screenshot-views.sh [OUTPUT.png]
# Starts the IDE on a fresh workspace with -Dfactorstudio.analyze=<the example study> (the same as
# ./factorstudio ide --analyze STUDY), waits until it reports that the views show the results, and
# takes the picture of the whole screen.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images/ide-result-views.png}"
study="$PWD/examples/municipal-automation/municipal-automation.study"
./factorstudio --version >/dev/null   # builds the products if they are missing or stale
display=":$((RANDOM % 400 + 100))"
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
workspace="$(mktemp -d)"
log="$(mktemp)"
ide=""
trap 'kill $ide $xvfb 2>/dev/null || true; rm -rf "$workspace" "$log"' EXIT
sleep 1
DISPLAY="$display" ./factorstudio ide --analyze "$study" "$workspace" >"$log" 2>&1 &
ide=$!
for _ in $(seq 1 120); do
  grep -q '^FactorStudio: ' "$log" && break
  sleep 0.5
done
grep '^FactorStudio: ' "$log" || { echo "the IDE did not report results; its output:" >&2; cat "$log" >&2; exit 1; }
sleep 2   # let the last paints land
DISPLAY="$display" import -window root "$out"
echo "wrote $out"
