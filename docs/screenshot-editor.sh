#!/usr/bin/env bash
# Takes a screenshot of the study editor under Xvfb (Debian: xvfb, imagemagick): the example study
# with a seeded error (marker in the ruler and the Problems view), its Outline following the cursor.
#   docs/screenshot-editor.sh [OUTPUT.png]
# The IDE runs inside the UI test harness (the real FactorStudio application and perspective), which
# stages the scene (EditorScreenshotScene in bundles/org.factorstudio.dsl.ui.tests) and waits while
# `import -window root` takes the picture. Needs the local Maven repository (run a full build first).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-docs/images/study-editor.png}")"
display=":$((RANDOM % 400 + 500))"
signals="$(mktemp -d)"
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'touch "$signals/done"; kill $xvfb 2>/dev/null || true' EXIT
DISPLAY="$display" FACTORSTUDIO_SCREENSHOT_DIR="$signals" nice -n 10 ./mvnw -B -ntp -o -q verify \
  -Dtest=EditorScreenshotScene -DfailIfNoTests=false >"$signals/build.log" 2>&1 &
build=$!
for _ in $(seq 600); do
  [ -e "$signals/ready" ] && break
  if ! kill -0 "$build" 2>/dev/null; then cat "$signals/build.log"; echo "the scene did not start" >&2; exit 1; fi
  sleep 1
done
[ -e "$signals/ready" ] || { echo "timed out waiting for the scene" >&2; exit 1; }
DISPLAY="$display" import -window root "$out"
touch "$signals/done"
wait "$build" || { cat "$signals/build.log"; exit 1; }
echo "wrote $out"
