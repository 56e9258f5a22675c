#!/usr/bin/env bash
# Screenshot of the Measurement view at 1366x768 under Xvfb (Debian: xvfb, imagemagick): the scene
# MeasurementScreenshotScene (bundles/org.factorstudio.ui.tests) analyses the measurement example, shows the
# view maximised and waits while the picture is taken.
#   docs/screenshot-measurement.sh [OUTPUT.png]      (default docs/images/ide-measurement.png)
# Builds only the modules the scene needs (offline; run a full build first to warm the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-docs/images/ide-measurement.png}")"
display=":$((RANDOM % 400 + 500))"
signals="$(mktemp -d)"
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'touch "$signals/done-1"; kill $xvfb 2>/dev/null || true' EXIT
modules=releng/org.factorstudio.target,bundles/org.factorstudio.extensions,bundles/org.factorstudio.model
modules=$modules,bundles/org.factorstudio.dsl,bundles/org.factorstudio.dsl.ide,bundles/org.factorstudio.data
modules=$modules,bundles/org.factorstudio.analysis,bundles/org.factorstudio.report,bundles/org.factorstudio.workflow
modules=$modules,bundles/org.factorstudio.dsl.ui,bundles/org.factorstudio.ui
modules=$modules,features/org.factorstudio.runtime.feature,features/org.factorstudio.ide.feature,bundles/org.factorstudio.ui.tests
DISPLAY="$display" FACTORSTUDIO_SCREENSHOT_DIR="$signals" nice -n 10 ./mvnw -B -ntp -o -q verify -pl "$modules" \
  -Dtest=MeasurementScreenshotScene -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false \
  >"$signals/build.log" 2>&1 &
build=$!
for _ in $(seq 900); do
  [ -e "$signals/ready-1" ] && break
  if ! kill -0 "$build" 2>/dev/null; then cat "$signals/build.log"; echo "the scene did not start" >&2; exit 1; fi
  sleep 1
done
[ -e "$signals/ready-1" ] || { echo "timed out waiting for the scene" >&2; exit 1; }
DISPLAY="$display" import -window root "$out"
echo "wrote $out"
touch "$signals/done-1"
wait "$build" || { cat "$signals/build.log"; exit 1; }
