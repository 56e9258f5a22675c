#!/usr/bin/env bash
# Takes a screenshot of the IDE window under Xvfb (Debian: xvfb, imagemagick).
#   docs/screenshot-ide.sh [OUTPUT.png] [SECONDS_TO_WAIT]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images/ide-window.png}"
wait="${2:-20}"
display=":$((RANDOM % 400 + 100))"
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
workspace="$(mktemp -d)"
DISPLAY="$display" ./factorstudio ide "$workspace" >/dev/null 2>&1 &
ide=$!
sleep "$wait"
DISPLAY="$display" import -window root "$out"
kill "$ide" 2>/dev/null || true
echo "wrote $out"
