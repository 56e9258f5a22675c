#!/usr/bin/env bash
# Screenshots at 1366x768 under Xvfb (Debian: xvfb, imagemagick) of the scenes IdeScreenshotScenes
# (bundles/org.factorstudio.dsl.ui.tests) stages in the real FactorStudio application:
#   docs/images/ide-heat-map.png        the example analysed, the Correlation Matrix maximised (legend)
#   docs/images/ide-quick-fix.png       Ctrl+1 on an unknown indicator, the Problems view with its icons
#   docs/images/ide-view-<name>.png     each other result view of the example's run, maximised
#                                       (Factor Framework: the pointer on a cut recommendation, its tooltip)
#   docs/screenshot-scenes.sh [OUTPUT_FOLDER]
# Builds only the modules the scene needs (offline; run a full build first to warm the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-docs/images}")"
display=":$((RANDOM % 400 + 500))"
signals="$(mktemp -d)"
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'for n in $(seq 1 10); do touch "$signals/done-$n"; done; kill $xvfb 2>/dev/null || true' EXIT
modules=releng/org.factorstudio.target,bundles/org.factorstudio.extensions,bundles/org.factorstudio.model
modules=$modules,bundles/org.factorstudio.dsl,bundles/org.factorstudio.dsl.ide,bundles/org.factorstudio.data
modules=$modules,bundles/org.factorstudio.analysis,bundles/org.factorstudio.report,bundles/org.factorstudio.workflow,bundles/org.factorstudio.dsl.ui
modules=$modules,bundles/org.factorstudio.dsl.ui.tests,bundles/org.factorstudio.ui
modules=$modules,features/org.factorstudio.runtime.feature,features/org.factorstudio.ide.feature
DISPLAY="$display" FACTORSTUDIO_SCREENSHOT_DIR="$signals" nice -n 10 ./mvnw -B -ntp -o -q verify -pl "$modules" \
  -Dtest=IdeScreenshotScenes -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false >"$signals/build.log" 2>&1 &
build=$!
views=(importReport descriptives reliability correlations partialCorrelations hypotheses framework tables)
for scene in 1 3 4 5 6 7 8 9 10 2; do
  for _ in $(seq 900); do
    [ -e "$signals/ready-$scene" ] && break
    if ! kill -0 "$build" 2>/dev/null; then cat "$signals/build.log"; echo "scene $scene did not start" >&2; exit 1; fi
    sleep 1
  done
  [ -e "$signals/ready-$scene" ] || { echo "timed out waiting for scene $scene" >&2; exit 1; }
  case "$scene" in
    1) name=ide-heat-map.png ;;
    2) name=ide-quick-fix.png ;;
    *) name="ide-view-${views[$((scene - 3))]}.png" ;;
  esac
  DISPLAY="$display" import -window root "$out/$name"
  echo "wrote $out/$name"
  touch "$signals/done-$scene"
done
wait "$build" || { cat "$signals/build.log"; exit 1; }
